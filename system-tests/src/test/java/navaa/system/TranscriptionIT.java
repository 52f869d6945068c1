package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Diarization with {@code transcribe=true} through an OpenAI-compatible transcription server
 * (the domain's NAVAA_TRANSCRIPTION_BASE_URL is the stand-in): what the server is sent, and
 * its segments' words on the turns in result.json, .srt and .vtt; a failing or silent server
 * fails the job with its code.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TranscriptionIT {

    @TempDir
    static Path folder;

    private static Turns conversation;
    private static ModelStandIn model;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void start() throws Exception {
        model = ModelStandIn.start();
        conversation = new Turns(folder)
                .say("alice", "en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today.", 0)
                .say("bob", "en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter.", 0.6)
                .say("alice", "en-us+f3", "That is great news. What about the costs of the new warehouse?", 0.5)
                .say("bob", "en-us", "The warehouse came in under budget, about five percent lower than planned.", 0.8);
    }

    @AfterAll
    static void stop() {
        model.close();
    }

    @BeforeEach
    void forget() {
        model.forget();
    }

    @Test
    void theTurnsTextComesFromTheServersSegmentsInEveryFormat() throws Exception {
        Http http = AudioFiles.user();
        Http.Reply submitted = http.postMultipart("/api/diarization/jobs/", Map.of("transcribe", "true", "expected_language", "en",
                "num_speakers", "2"), Map.of("audio_file", conversation.wav("meeting.wav")));
        assertEquals(202, submitted.status(), submitted::toString);
        long job = submitted.json().getJsonNumber("id").longValue();
        JsonObject status = AudioFiles.awaitFinished(http, "/api/diarization/jobs/" + job + "/");
        assertEquals("completed", status.getString("status"), status::toString);

        List<JsonObject> turns = http.get("/api/diarization/jobs/" + job + "/result.json").json().getJsonArray("segments")
                .getValuesAs(JsonObject.class);
        double first = turns.stream().mapToDouble(t -> t.getJsonNumber("start").doubleValue()).min().orElseThrow();
        double last = turns.stream().mapToDouble(t -> t.getJsonNumber("end").doubleValue()).max().orElseThrow();

        // one piece: the turns' whole span, as a 16 kHz mono WAV, with the settings' model, key and the language
        assertEquals(1, model.transcriptions().received().size());
        TranscriptionStandIn.Received sent = model.transcriptions().received().get(0);
        assertEquals(Map.of("model", "navaa-it-whisper", "response_format", "verbose_json", "language", "en"), sent.fields());
        assertEquals("Bearer navaa-it-transcription-key", sent.authorization());
        assertEquals(16_000, sent.sampleRate());
        assertEquals(1, sent.channels());
        assertEquals(last - first, sent.seconds(), 0.01);

        // every word the server said, once, on the turn its second of the piece falls in
        List<String> texts = turns.stream().map(t -> t.getString("text")).toList();
        assertEquals(expectedTexts(turns, first, sent.words()), texts);
        assertEquals(sent.words(), String.join(" ", texts).strip().split("\\s+").length, texts::toString);
        assertTrue(texts.stream().filter(t -> !t.isEmpty()).count() >= turns.size() / 2, texts::toString);

        List<String> lines = turns.stream().map(t -> ("[" + t.getString("speaker") + "] " + t.getString("text")).strip()).toList();
        assertEquals(lines, cueTexts(http.get("/api/diarization/jobs/" + job + "/result.srt").body()));
        String vtt = http.get("/api/diarization/jobs/" + job + "/result.vtt").body();
        assertTrue(vtt.startsWith("WEBVTT"), vtt);
        assertEquals(lines, cueTexts(vtt.substring("WEBVTT".length())));
    }

    @Test
    void aServerThatFailsOrDoesNotAnswerFailsTheJobWithItsCode() throws Exception {
        Http http = AudioFiles.user();
        Path wav = conversation.wav("failing.wav");
        model.transcriptions().answers(503, "{\"error\":{\"message\":\"model is loading\"}}", 0)
                .answers(200, TranscriptionStandIn.wordPerSecond(1), (ModelStandIn.TIMEOUT_SECONDS + 3) * 1000L);
        for (String attempt : List.of("a 503", "no answer in time")) {
            Http.Reply submitted = http.postMultipart("/api/diarization/jobs/", Map.of("transcribe", "true"), Map.of("audio_file", wav));
            assertEquals(202, submitted.status(), submitted::toString);
            long job = submitted.json().getJsonNumber("id").longValue();
            JsonObject english = AudioFiles.awaitFinished(http, "/api/diarization/jobs/" + job + "/");
            assertEquals("failed", english.getString("status"), attempt + ": " + english);
            assertEquals("TRANSCRIPTION_SERVER_FAILED", english.getString("error_code"), attempt + ": " + english);
            assertEquals("The transcription server did not answer in time or answered with an error."
                    + " The administrator finds the reason in the server log.", english.getString("error"));
            JsonObject persian = http.get("/api/diarization/jobs/" + job + "/", "Accept-Language", "fa").json();
            assertTrue(persian.getString("error").startsWith("سرور رونویسی"), persian::toString);
            assertEquals(409, http.get("/api/diarization/jobs/" + job + "/result.json").status());
        }
        assertEquals(2, model.transcriptions().received().size());
    }

    /** Word k of the piece spans first+k to first+k+1 and belongs to the turn it shares most time with (else the nearest). */
    private static List<String> expectedTexts(List<JsonObject> turns, double first, int words) {
        List<StringBuilder> texts = new ArrayList<>();
        turns.forEach(t -> texts.add(new StringBuilder()));
        for (int k = 0; k < words; k++) {
            double from = first + k;
            double to = Math.min(first + k + 1, turns.stream().mapToDouble(t -> t.getJsonNumber("end").doubleValue()).max().orElseThrow());
            int best = 0;
            double bestOverlap = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i < turns.size(); i++) {
                double start = turns.get(i).getJsonNumber("start").doubleValue();
                double end = turns.get(i).getJsonNumber("end").doubleValue();
                double overlap = Math.max(0, Math.min(to, end) - Math.max(from, start));
                double distance = Math.max(0, Math.max(start - to, from - end));
                if (overlap > bestOverlap || overlap == bestOverlap && distance < bestDistance) {
                    best = i;
                    bestOverlap = overlap;
                    bestDistance = distance;
                }
            }
            texts.get(best).append(texts.get(best).length() == 0 ? "" : " ").append("w").append(k);
        }
        return texts.stream().map(StringBuilder::toString).toList();
    }

    /** Each cue's text line (after its number and times), for SRT and VTT alike. */
    private static List<String> cueTexts(String subtitles) {
        List<String> lines = new ArrayList<>();
        for (String cue : subtitles.replace("\r", "").strip().split("\n\n")) {
            String[] parts = cue.split("\n");
            assertTrue(parts.length >= 3 && parts[1].contains(" --> "), cue);
            lines.add(parts[2].strip());
        }
        return lines;
    }
}
