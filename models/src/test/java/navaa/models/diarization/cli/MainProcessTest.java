package navaa.models.diarization.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Main} in a JVM of its own, as {@code ./navaa diarize} starts it (the script's class
 * path is the models jar and the server's native-library folder; here the test class path,
 * which holds the same): the exit status, JSON alone on standard output, progress as plain
 * lines on standard error (no terminal).
 */
class MainProcessTest {

    @TempDir
    Path folder;

    record Run(int status, String out, String err) {
    }

    private Run main(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = folder.resolve("stdout");
        Path err = folder.resolve("stderr");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("navaa diarize did not finish in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void diarizesAGeneratedWavToJsonOnStandardOutput() throws Exception {
        Path wav = TestAudio.meeting(folder, "meeting.wav");
        Run run = main("diarize", wav.getFileName().toString());
        assertEquals(0, run.status(), run.err());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("meeting.wav", json.get("audio_file").getAsString());
        assertEquals(3, json.get("num_speakers").getAsInt(), run.out());
        assertTrue(json.getAsJsonArray("segments").size() >= 3, run.out());
        assertTrue(run.err().contains("meeting.wav: 10 %\n") && run.err().contains("meeting.wav: 100 %\n"), run.err());
        assertTrue(run.err().contains("meeting.wav: 3 speakers, "), run.err());
    }

    @Test
    void aWrongArgumentExitsWithTwoAndTheUsage() throws Exception {
        Run run = main("diarize", "meeting.wav", "--speakers", "lots");
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("navaa diarize: --speakers must be a whole number of speakers"), run.err());
        assertTrue(run.err().contains("usage: navaa diarize FILE [--db voices.json]"), run.err());
    }
}
