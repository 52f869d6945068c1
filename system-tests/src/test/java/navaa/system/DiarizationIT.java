package navaa.system;

import jakarta.json.JsonObject;
import navaa.models.diarization.DiarizationError;
import navaa.models.diarization.SpeakerTurn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 000 §9 as REST (api-map §2), end to end on the server: a voice database with two
 * enrolled voices (one with a Persian name), exported and imported again; a diarization
 * of a three-voice conversation with the database, polled to completion, its result in
 * all four formats checked against the truth (DER with a 0.25 s collar) and parsed back;
 * the refusals.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiarizationIT {

    private static final Pattern CUE = Pattern.compile("(\\d+)\\n(\\d\\d:\\d\\d:\\d\\d[,.]\\d{3}) --> (\\d\\d:\\d\\d:\\d\\d[,.]\\d{3})\\n\\[([^\\]]+)\\]");

    @TempDir
    static Path folder;

    private static Turns conversation;
    private static Path bobSample;
    private static Path carolSample;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void recordings() throws Exception {
        conversation = new Turns(folder)
                .say("alice", "en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today.", 0)
                .say("bob", "en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter.", 0.6)
                .say("carol", "en-us+klatt4", "Sure, but please keep it short, we have a lot to cover this morning.", 0.5)
                .say("bob", "en-us", "Of course. Sales went up by twelve percent, mostly in the northern region.", 0.7)
                .say("alice", "en-us+f3", "That is great news. What about the costs of the new warehouse?", 0.4)
                .say("carol", "en-us+klatt4", "The warehouse came in under budget, about five percent lower than planned.", 0.8);
        bobSample = Recordings.speech(folder, "bob-sample.wav", "I will read a few sentences so that the system knows my voice.", "en-us", 0.5, 16_000, 1);
        carolSample = Recordings.speech(folder, "carol-sample.wav", "Here is my sample, spoken slowly and clearly for the voice database.", "en-us+klatt4", 0.5, 16_000, 1);
    }

    @Test
    void enrolDiarizeAndFetchEveryFormat() throws Exception {
        Http http = AudioFiles.user();
        Http.Reply created = http.postJson("/api/diarization/voice-databases/", "{\"name\":\"team\"}");
        assertEquals(201, created.status(), created::toString);
        long db = created.json().getJsonNumber("id").longValue();
        assertEquals("team", created.json().getString("name"));
        assertEquals(0, created.json().getJsonArray("speakers").size());
        assertNotNull(created.json().getString("created_at"));

        Http.Reply ali = http.postMultipart("/api/diarization/voice-databases/" + db + "/speakers/", Map.of("name", "علی"),
                Map.of("samples", bobSample));
        assertEquals(201, ali.status(), ali::toString);
        assertEquals("علی", ali.json().getString("name"));
        assertEquals(1, ali.json().getInt("num_samples"));
        assertEquals(201, http.postMultipart("/api/diarization/voice-databases/" + db + "/speakers/", Map.of("name", "Carol"),
                Map.of("samples", carolSample)).status());
        JsonObject one = http.get("/api/diarization/voice-databases/" + db + "/").json();
        assertEquals(2, one.getJsonArray("speakers").size(), one::toString);

        // the export imports again as a new database with the same voices
        Http.Reply export = http.get("/api/diarization/voice-databases/" + db + "/export");
        assertEquals(200, export.status());
        Http.Reply imported = http.post("/api/diarization/voice-databases/import", "application/json", export.body());
        assertEquals(201, imported.status(), imported::toString);
        long copy = imported.json().getJsonNumber("id").longValue();
        assertEquals(List.of("علی", "Carol"), imported.json().getJsonArray("speakers").stream()
                .map(s -> s.asJsonObject().getString("name")).toList());

        Path wav = conversation.wav("meeting.wav");
        Http.Reply submitted = http.postMultipart("/api/diarization/jobs/", Map.of("voice_database_id", Long.toString(copy),
                "output_formats", "json,txt,srt,vtt"), Map.of("audio_file", wav));
        assertEquals(202, submitted.status(), submitted::toString);
        assertEquals("pending", submitted.json().getString("status"));
        assertEquals(0, submitted.json().getInt("progress"));
        long job = submitted.json().getJsonNumber("id").longValue();

        JsonObject status = awaitFinished(http, "/api/diarization/jobs/" + job + "/");
        assertEquals("completed", status.getString("status"), status::toString);
        assertEquals(100, status.getInt("progress"));
        assertEquals(3, status.getInt("num_speakers"), status::toString);
        assertEquals(List.of("json", "txt", "srt", "vtt"), status.getJsonArray("formats").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        JsonObject result = http.get("/api/diarization/jobs/" + job + "/result.json").json();
        assertEquals("meeting.wav", result.getString("audio_file"));
        assertEquals(3, result.getInt("num_speakers"));
        assertEquals(List.of("Carol", "علی"), result.getJsonArray("identified_speakers").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());
        List<SpeakerTurn> found = new ArrayList<>();
        for (JsonObject segment : result.getJsonArray("segments").getValuesAs(JsonObject.class)) {
            for (String field : List.of("id", "start", "end", "speaker", "identified", "confidence", "text")) {
                assertTrue(segment.containsKey(field), field + " in " + segment);
            }
            found.add(new SpeakerTurn(segment.getJsonNumber("start").doubleValue(), segment.getJsonNumber("end").doubleValue(),
                    segment.getString("speaker")));
        }
        DiarizationError.Score score = new DiarizationError(0.25, false).score(conversation.truth(), found);
        System.out.printf("DiarizationIT: DER %.1f %% over %.1f s through the server%n", 100 * score.rate(), score.reference());
        assertTrue(score.rate() < 0.15, "DER " + score.rate() + ": " + result);

        String srt = http.get("/api/diarization/jobs/" + job + "/result.srt").body();
        List<String> srtSpeakers = cues(srt);
        assertEquals(found.size(), srtSpeakers.size(), srt);
        assertEquals(found.stream().map(SpeakerTurn::speaker).toList(), srtSpeakers);
        Http.Reply vtt = http.get("/api/diarization/jobs/" + job + "/result.vtt");
        assertTrue(vtt.body().startsWith("WEBVTT"), vtt.body());
        assertEquals(srtSpeakers, cues(vtt.body()));
        assertTrue(vtt.header("Content-Type").startsWith("text/vtt"), vtt.header("Content-Type"));
        assertEquals(found.size(), http.get("/api/diarization/jobs/" + job + "/result.txt").body().strip().split("\n").length);

        // another user sees nothing of it; deleting removes it
        Http other = AudioFiles.user();
        assertEquals(404, other.get("/api/diarization/jobs/" + job + "/").status());
        assertEquals(404, other.get("/api/diarization/voice-databases/" + db + "/").status());
        assertEquals(200, http.delete("/api/diarization/jobs/" + job + "/").status());
        assertEquals(404, http.get("/api/diarization/jobs/" + job + "/").status());
        assertEquals(200, http.delete("/api/diarization/voice-databases/" + db + "/").status());
        assertEquals(404, http.get("/api/diarization/voice-databases/" + db + "/").status());
    }

    @Test
    void refusesWhatCannotBeDoneBeforeStoringAnything() throws Exception {
        Http http = AudioFiles.user();
        Path wav = conversation.wav("short.wav");
        // transcribe=true with no provider configured: this domain has one (TranscriptionIT), so the
        // refusal naming both settings is shown by TranscriptionRefusalTest, its 400 body by AudioErrorCodesTest
        Http.Reply bad = http.postMultipart("/api/diarization/jobs/", Map.of("num_speakers", "0", "window_size", "x",
                "output_formats", "json,pdf"), Map.of("audio_file", wav));
        assertEquals(400, bad.status(), bad::toString);
        for (String field : List.of("num_speakers", "window_size", "output_formats")) {
            assertTrue(bad.body().contains(field), field + " named in " + bad.body());
        }
        assertEquals(400, http.postMultipart("/api/diarization/jobs/", Map.of(), Map.of()).status());
        Http.Reply text = http.postMultipart("/api/diarization/jobs/", Map.of(), Map.of("audio_file", AudioFiles.renamedText(folder, "notes.wav")));
        assertEquals(415, text.status(), text::toString);
        Http.Reply noVoices = http.postMultipart("/api/diarization/voice-databases/999999/speakers/", Map.of("name", "x"),
                Map.of("samples", bobSample));
        assertEquals(404, noVoices.status(), noVoices::toString);
        Http.Reply garbage = http.post("/api/diarization/voice-databases/import", "application/json", "{\"format\":\"other\"}");
        assertEquals(400, garbage.status(), garbage::toString);
        assertTrue(http.get("/api/diarization/jobs/").json().getJsonArray("jobs").isEmpty(), "nothing was recorded");
    }

    /**
     * A diarization that fails (here an administrator cancels it) says why in the family's
     * {@code error}, in the reader's language, with the code in {@code error_code}.
     */
    @Test
    void aCancelledDiarizationSaysWhyWithItsCode() throws Exception {
        Http http = AudioFiles.user();
        Path meeting = folder.resolve("cancelled meeting.wav");
        Recordings.run("sox", conversation.wav("cancelled part.wav").toString(), meeting.toString(), "repeat", "5");
        Http.Reply submitted = http.postMultipart("/api/diarization/jobs/", Map.of("output_formats", "json"), Map.of("audio_file", meeting));
        assertEquals(202, submitted.status(), submitted::toString);
        long id = submitted.json().getJsonNumber("id").longValue();
        Http.Reply cancel = Accounts.admin().postJson("/api/admin/jobs/" + id + "/cancel", "{}");
        assertEquals(200, cancel.status(), cancel::toString);

        JsonObject english = http.get("/api/diarization/jobs/" + id + "/").json();
        assertEquals("failed", english.getString("status"), english::toString);
        assertEquals("CANCELLED_BY_ADMIN", english.getString("error_code"));
        assertEquals("An administrator cancelled this job.", english.getString("error"));
        JsonObject persian = http.get("/api/diarization/jobs/" + id + "/", "Accept-Language", "fa").json();
        assertEquals("مدیر سیستم این پردازش را لغو کرد.", persian.getString("error"));
        JsonObject listed = http.get("/api/diarization/jobs/").json().getJsonArray("jobs").getJsonObject(0);
        assertEquals("CANCELLED_BY_ADMIN", listed.getString("error_code"), listed::toString);
    }

    private static List<String> cues(String text) {
        List<String> speakers = new ArrayList<>();
        Matcher m = CUE.matcher(text.replace("\r", ""));
        int expected = 1;
        while (m.find()) {
            assertEquals(expected++, Integer.parseInt(m.group(1)));
            speakers.add(m.group(4));
        }
        return speakers;
    }

    private static JsonObject awaitFinished(Http http, String path) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        int last = -1;
        while (System.nanoTime() < deadline) {
            Http.Reply reply = http.get(path);
            assertEquals(200, reply.status(), reply::toString);
            int progress = reply.json().getInt("progress");
            assertTrue(progress >= last, "progress only moves forward: " + last + " then " + progress);
            last = progress;
            String state = reply.json().getString("status");
            if (!state.equals("pending") && !state.equals("processing")) {
                return reply.json();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("still running after 5 minutes: " + path);
    }
}
