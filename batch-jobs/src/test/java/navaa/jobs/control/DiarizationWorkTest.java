package navaa.jobs.control;

import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.DiarizationResult;
import navaa.models.diarization.Diarizer;
import navaa.models.diarization.EmbeddedWindow;
import navaa.models.transcription.Transcriber;
import navaa.models.transcription.WhisperTurns;
import navaa.models.vad.SpeechSegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A diarization's work folder survives a crash at any point, and turns are transcribed in Whisper-sized pieces. */
class DiarizationWorkTest {

    @TempDir
    Path work;

    private static EmbeddedWindow window(double start, float value) {
        float[] e = new float[128];
        java.util.Arrays.fill(e, value);
        return new EmbeddedWindow(start, start + 1.5, e);
    }

    @Test
    void windowsAppendedStretchByStretchReadBackAsWritten() {
        WindowsFile file = new WindowsFile(work);
        assertEquals(0, file.rewind().stretches());
        file.append(List.of(window(0, 1), window(0.5, 2)), 1);
        WindowsFile.Resume after = file.append(List.of(window(3, 3)), 2);
        assertEquals(3, after.stretches());
        List<EmbeddedWindow> read = file.read();
        assertEquals(3, read.size());
        assertEquals(3, read.get(2).start(), 1e-12);
        assertArrayEquals(window(0.5, 2).embedding(), read.get(1).embedding());
    }

    @Test
    void whatACrashAppendedAfterTheResumePointIsCutOff() throws Exception {
        WindowsFile file = new WindowsFile(work);
        file.append(List.of(window(0, 1)), 1);
        long good = Files.size(work.resolve(WindowsFile.NAME));
        // a crash after writing windows but before the resume point moved
        Files.write(work.resolve(WindowsFile.NAME), new byte[300], java.nio.file.StandardOpenOption.APPEND);
        WindowsFile resumed = new WindowsFile(work);
        assertEquals(1, resumed.rewind().stretches());
        assertEquals(good, Files.size(work.resolve(WindowsFile.NAME)));
        resumed.append(List.of(window(2, 2)), 1);
        assertEquals(List.of(0.0, 2.0), resumed.read().stream().map(EmbeddedWindow::start).toList());
    }

    @Test
    void speechRegionsAreKeptWholeOrNotAtAll() {
        assertTrue(SpeechFile.read(work).isEmpty());
        List<SpeechSegment> speech = List.of(new SpeechSegment(0.5, 2.25), new SpeechSegment(3, 61.5));
        SpeechFile.write(work, speech);
        assertEquals(speech, SpeechFile.read(work).orElseThrow());
        assertTrue(Files.notExists(work.resolve(SpeechFile.NAME + ".partial")));
    }

    @Test
    void longTurnsAreTranscribedInPiecesWhisperCanTake() throws Exception {
        Path wav = work.resolve("tone.wav");
        Process sox = new ProcessBuilder("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", wav.toString(), "synth", "70", "sine", "300")
                .redirectErrorStream(true).start();
        assertEquals(0, sox.waitFor());
        List<Double> pieceSeconds = new ArrayList<>();
        Transcriber counting = new Transcriber() {
            @Override
            public String transcribe(float[] samples, String language) {
                pieceSeconds.add(samples.length / 16_000.0);
                return "piece" + pieceSeconds.size() + " ";
            }

            @Override
            public void close() {
            }
        };
        DiarizationResult result = new DiarizationResult("tone.wav", 70, 2, List.of(), List.of(
                new DiarizationResult.Segment(1, 0, 60, "SPEAKER_0", false, 0.9, ""),
                new DiarizationResult.Segment(2, 61, 65, "SPEAKER_1", false, 0.9, "")));
        List<Integer> progress = new ArrayList<>();
        try (PcmDecoder decoder = PcmDecoder.open(wav, 16_000, 1)) {
            DiarizationResult transcribed = new WhisperTurns(counting).transcribed(result,
                    (from, to) -> Diarizer.read(decoder, new SpeechSegment(from, to)), "fa", progress::add);
            assertEquals("piece1 piece2 piece3", transcribed.segments().get(0).text());
            assertEquals("piece4", transcribed.segments().get(1).text());
        }
        assertEquals(List.of(20.0, 20.0, 20.0, 4.0), pieceSeconds);
        assertEquals(List.of(50, 100), progress);
    }
}
