package navaa.models.speaker;

import navaa.models.vad.SpeechSegment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis of a speaker extraction on a real conversation made by espeak-ng: voice A,
 * voice B, voice A again, with pauses; A's sample is a different sentence.
 */
class SpeakerSearchTest {

    @TempDir
    static Path folder;

    private static Path conversation;
    private static final List<double[]> A_TURNS = new ArrayList<>();
    private static double[] bTurn;

    @BeforeAll
    static void conversation() throws Exception {
        Path a1 = say("en-us", "Good morning, I would like to talk about the budget for next year.", "a1");
        Path b = say("en-us+f3", "Of course, the numbers are ready and I can show them to you now.", "b");
        Path a2 = say("en-us", "Thank you, please start with the money we spend on travel.", "a2");
        conversation = folder.resolve("conversation.wav");
        run("sox", "-R", a1.toString(), silence(1).toString(), b.toString(), silence(1).toString(), a2.toString(),
                "-r", "44100", "-c", "2", conversation.toString());
        double t = 0;
        A_TURNS.add(new double[]{t, t += seconds(a1)});
        t += 1;
        bTurn = new double[]{t, t += seconds(b)};
        t += 1;
        A_TURNS.add(new double[]{t, t + seconds(a2)});
    }

    @Test
    void keepsTheTargetsTurnsAndDropsTheOtherVoice() throws Exception {
        Path sample = say("en-us", "This is my voice, recorded alone so that the system can recognise me later.", "sample");
        List<Integer> progress = new ArrayList<>();
        SpeakerSearch.Result result = new SpeakerSearch(SpeakerEmbedder.load()).search(conversation, 14, sample, progress::add);

        double aSpeech = 0;
        double aKept = 0;
        for (double[] turn : A_TURNS) {
            aSpeech += turn[1] - turn[0];
            aKept += overlap(result.kept(), turn[0], turn[1]);
        }
        System.out.printf(java.util.Locale.ROOT, "espeak-ng conversation: A's turns kept %.1f %%, B's %.1f %%, score %.1f%n",
                100 * aKept / aSpeech, 100 * overlap(result.kept(), bTurn[0], bTurn[1]) / (bTurn[1] - bTurn[0]), result.similarity());
        for (double[] turn : A_TURNS) {
            double covered = overlap(result.kept(), turn[0], turn[1]);
            assertTrue(covered > 0.8 * (turn[1] - turn[0]), "A's turn " + turn[0] + "-" + turn[1] + " kept " + covered + " s of " + result);
        }
        assertTrue(overlap(result.kept(), bTurn[0], bTurn[1]) < 0.3, "B's turn must go: " + result);
        assertTrue(result.similarity() >= 70, "same speaker scores at least 70: " + result.similarity());
        assertTrue(result.targetSpeechSeconds() > 2, result::toString);
        assertEquals(100, progress.get(progress.size() - 1), progress::toString);
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back: " + progress);
        }
    }

    @Test
    void aSampleWithoutSpeechIsAClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () ->
                new SpeakerSearch(SpeakerEmbedder.load()).search(conversation, 14, silence(3), percent -> { }));
        assertTrue(error.getMessage().contains("at least 2 s"), error.getMessage());
    }

    @Test
    void aWeakWindowInsideTheTargetsTurnIsKeptAndAnAbsentTargetKeepsNothing() {
        float[] target = {1, 0, 0, 0};
        float[] weak = {0.45f, (float) Math.sqrt(1 - 0.45 * 0.45), 0, 0};
        float[] other = {0, 0, 1, 0};
        List<SpeakerRegions.Span> spans = List.of(span(0, 2), span(2, 4), span(4, 6), span(8, 10));
        float[][] embeddings = {target, weak, target, other};

        WindowVerdicts.Decision found = WindowVerdicts.decide(target, spans, embeddings);
        assertTrue(found.windows().get(1).score() < 20, "the weak window alone would go: " + found);
        assertEquals(List.of(true, true, true, false), found.windows().stream().map(SpeakerSearch.Window::kept).toList(), found::toString);
        assertTrue(found.similarity() >= 70, found::toString);

        WindowVerdicts.Decision absent = WindowVerdicts.decide(new float[]{0, 0, 0, 1}, spans, embeddings);
        assertTrue(absent.similarity() <= 40, absent::toString);
        assertTrue(absent.windows().stream().noneMatch(SpeakerSearch.Window::kept), absent::toString);
    }

    private static SpeakerRegions.Span span(double start, double end) {
        return new SpeakerRegions.Span((long) (start * 16_000), (long) (end * 16_000));
    }

    private static double overlap(List<SpeechSegment> kept, double start, double end) {
        return kept.stream().mapToDouble(s -> Math.max(0, Math.min(end, s.end()) - Math.max(start, s.start()))).sum();
    }

    private static Path say(String voice, String text, String name) throws Exception {
        Path raw = folder.resolve(name + "-raw.wav");
        Path wav = folder.resolve(name + ".wav");
        run("espeak-ng", "-v", voice, "-w", raw.toString(), text);
        run("sox", "-R", raw.toString(), "-r", "44100", "-c", "2", wav.toString());
        return wav;
    }

    private static Path silence(double seconds) throws Exception {
        Path wav = folder.resolve("silence-" + seconds + ".wav");
        run("sox", "-n", "-r", "44100", "-c", "2", wav.toString(), "trim", "0", Double.toString(seconds));
        return wav;
    }

    private static double seconds(Path wav) throws IOException {
        return (java.nio.file.Files.size(wav) - 44) / 4.0 / 44100;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
