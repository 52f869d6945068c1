package navaa.jobs.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.DiarizationTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.SpeechFile;
import navaa.jobs.control.WindowsFile;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.DiarizationFormats;
import navaa.models.diarization.DiarizationResult;
import navaa.models.diarization.Diarizer;
import navaa.models.vad.SpeechSegment;
import navaa.jobs.control.OwnerOnly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;

/**
 * A diarization's last step: the windows clustered into speakers, turns, names from the
 * voice database, and the result written in each asked format ({@code result.json} first).
 */
@Named
@Dependent
public class DiarizeResult extends TaskBatchlet {

    @Override
    void run(JobLedger ledger, AudioTask task) {
        DiarizationTask diarization = DiarizationTask.of(task);
        DiarizationResult result;
        try (PcmDecoder decoder = PcmDecoder.open(Path.of(task.input()), Diarizer.RATE, 1)) {
            result = new Diarizer(StretchEmbedder.embedder()).result(inputName(task),
                    (double) task.totalFrames() / task.sampleRate(), SpeechFile.read(task.work()).orElseThrow(),
                    new WindowsFile(task.work()).read(), Diarizer.levels(decoder), diarization.settings(),
                    diarization.voices().orElse(null));
            if (diarization.transcribe()) {
                result = Transcribers.shared().transcribed(result, (from, to) -> Diarizer.read(decoder, new SpeechSegment(from, to)),
                        diarization.language().filter(l -> l.equals("fa") || l.equals("en")).orElse(null),
                        LedgerProgress.of(ledger, task.jobId(), DiarizationTask.EMBED_PROGRESS, 99));
            }
        }
        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        for (DiarizationFormats format : diarization.formats()) {
            outputs.put(format.extension, write(Path.of(task.outputDir()).resolve("result." + format.extension), format.write(result)).toString());
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        result.identifiedSpeakers().forEach(names::add);
        ledger.finished(task.jobId(), outputs, Json.createObjectBuilder()
                .add("num_speakers", result.numSpeakers())
                .add("identified_speakers", names)
                .add("segments", result.segments().size())
                .build().toString());
    }

    /** The upload's own name, as doc 000's result reports it. */
    private static String inputName(AudioTask task) {
        return Path.of(task.input()).getFileName().toString();
    }

    private static Path write(Path file, String text) {
        try {
            OwnerOnly.directories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            OwnerOnly.writeString(partial, text, StandardCharsets.UTF_8);
            return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
