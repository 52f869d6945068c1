package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "Done when" of the audio services: doc 000's Python {@code ClearCastClient} and doc
 * 001's {@code AudioProcessingClient}, copied unchanged from the documents into
 * {@code src/test/python}, run with Python's {@code requests} against the server through all
 * four services. The script reports what the server answered; the audio it downloaded is
 * decoded and measured here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentClientsIT {

    private static final Path SCRIPTS = Path.of("src/test/python").toAbsolutePath();

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void bothDocumentsClientsRunEveryServiceToTheEnd() throws Exception {
        Path inputs = Files.createDirectories(folder.resolve("in"));
        Path outputs = folder.resolve("out");
        Path speech = Recordings.speech(inputs, "speech.wav", "Please send the report to the whole team before Friday.", 0.5, 16_000, 1);
        Recordings.noisy(inputs, "noisy.wav", speech, 0.1);
        Recordings.speech(inputs, "quiet.wav", "A quiet voice that needs to be louder.", 0.05, 16_000, 1);
        Path stereoVoice = Recordings.speech(inputs, "voice-stereo.wav", "Singing a simple song in the middle.", 0.5, 44_100, 2);
        Recordings.song(inputs, "music.wav", stereoVoice, 0.1);
        Recordings.concatenated(inputs, "conversation.wav",
                Recordings.speech(inputs, "a1.wav", "Good morning. I would like to talk about the budget for next year.", "en-us", 0.5, 16_000, 1),
                Recordings.speech(inputs, "b1.wav", "Thank you. Let me first show the numbers from last quarter.", "en-us+klatt4", 0.5, 16_000, 1));
        Recordings.speech(inputs, "sample.wav", "This is a sample of my own voice, recorded in a quiet room.", "en-us", 0.5, 16_000, 1);
        String username = Accounts.createUser(Accounts.admin(), AudioFiles.PASSWORD, null);

        JsonObject report = run(Http.BASE, username, AudioFiles.PASSWORD, inputs.toString(), outputs.toString());

        for (String family : List.of("clearcast", "audio_processing")) {
            JsonObject services = report.getJsonObject(family);
            for (String service : List.of("denoise", "vocal_separation", "boost", "speaker_extraction")) {
                JsonObject result = services.getJsonObject(service);
                assertEquals("success", result.getJsonObject("upload").getString("status"), family + " " + service + ": " + result);
                assertEquals("completed", result.getJsonObject("status").getString("status"), family + " " + service + ": " + result);
            }
            JsonObject denoise = services.getJsonObject("denoise");
            assertSameLength(speech, Path.of(denoise.getString("output")), family + " denoise");

            JsonObject boost = services.getJsonObject("boost");
            Recordings.Pcm boosted = pcm(boost.getString("output"));
            Recordings.Pcm quiet = pcm(inputs.resolve("quiet.wav").toString());
            assertTrue(rms(boosted.samples()) > 2 * rms(quiet.samples()), family + " boost is louder: " + boost);
            assertTrue(peak(boosted.samples()) < 0.9, family + " boost stays under −1 dBTP");

            JsonObject extraction = services.getJsonObject("speaker_extraction");
            double score = extraction.getJsonObject("status").getJsonNumber("similarity_score").doubleValue();
            assertTrue(score >= 70, family + ": the target speaks in the conversation, score " + score);
            assertTrue(pcm(extraction.getString("output")).frames() > 0, family + " extraction output");
        }
        JsonObject doc000 = report.getJsonObject("clearcast");
        assertEquals(44_100, pcm(doc000.getJsonObject("vocal_separation").getString("output")).rate(), "the song's rate is kept");

        JsonObject doc001 = report.getJsonObject("audio_processing");
        JsonObject separation = doc001.getJsonObject("vocal_separation");
        Recordings.Pcm vocals = pcm(separation.getString("vocals"));
        Recordings.Pcm instrumental = pcm(separation.getString("instrumental"));
        assertEquals(vocals.frames(), instrumental.frames(), "both stems cover the song");
        assertTrue(rms(vocals.samples()) > 0 && rms(instrumental.samples()) > 0, "both stems hold sound");
        assertTrue(doc001.getJsonObject("denoise").getJsonObject("listed").getJsonArray("files").size() >= 1, doc001.toString());
        JsonObject delete = doc001.getJsonObject("delete");
        assertEquals(200, delete.getInt("status"), delete.toString());
        assertEquals(404, delete.getInt("after"), "deleted means gone: " + delete);
    }

    private static JsonObject run(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("python3", SCRIPTS.resolve("document_clients.py").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(SCRIPTS.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PYTHONIOENCODING", "utf-8", "PYTHONDONTWRITEBYTECODE", "1"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "the clients finish");
        System.out.println(output.lines().filter(l -> !l.startsWith("REPORT ")).reduce("DocumentClientsIT, the clients printed:", (a, b) -> a + "\n  " + b));
        assertEquals(0, process.exitValue(), output);
        String line = output.lines().filter(l -> l.startsWith("REPORT ")).findFirst().orElseThrow(() -> new AssertionError(output));
        return Json.createReader(new StringReader(line.substring("REPORT ".length()))).readObject();
    }

    private static void assertSameLength(Path input, Path output, String what) throws Exception {
        Recordings.Pcm in = pcm(input.toString());
        Recordings.Pcm out = pcm(output.toString());
        assertEquals(in.frames() / (double) in.rate(), out.frames() / (double) out.rate(), 0.05, what + " keeps the recording's length");
    }

    private static Recordings.Pcm pcm(String file) throws Exception {
        return Recordings.wav(Files.readAllBytes(Path.of(file)));
    }

    private static double rms(float[] samples) {
        double sum = 0;
        for (float s : samples) {
            sum += s * s;
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    private static double peak(float[] samples) {
        double max = 0;
        for (float s : samples) {
            max = Math.max(max, Math.abs(s));
        }
        return max;
    }
}
