package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static navaa.system.AudioFiles.assertFields;
import static navaa.system.AudioFiles.assertGone;
import static navaa.system.AudioFiles.awaitCompleted;
import static navaa.system.AudioFiles.awaitFinished;
import static navaa.system.AudioFiles.fileId;
import static navaa.system.AudioFiles.stored;
import static navaa.system.AudioFiles.unique;
import static navaa.system.AudioFiles.user;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speaker extraction under doc 000's paths ({@code audio_file} + {@code speaker_sample})
 * and doc 001's ({@code conversation_file} + {@code target_speaker_file}), on a
 * conversation of two espeak-ng voices and a sample of one of them saying something else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SpeakerExtractionIT {

    private static final String[] DOC_000_FILE = {"id", "filename", "speaker_sample_name", "status", "boost_level", "original_file",
            "extracted_file", "uploaded_at", "processed_at", "duration", "similarity_score"};
    private static final String[] DOC_001_FILE = {"id", "conversation_filename", "target_filename", "status", "boost_level",
            "similarity_score", "conversation_url", "target_url", "extracted_url", "uploaded_at", "processed_at", "error_message"};

    @TempDir
    static Path folder;

    private static Path conversation;
    private static Path sample;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @BeforeAll
    static void voices() throws Exception {
        Path first = Recordings.speech(folder, "a1.wav", "Good morning. I would like to talk about the budget for next year.", "en-us", 0.5, 16_000, 1);
        Path second = Recordings.speech(folder, "b1.wav", "Thank you. Let me first show the numbers from last quarter.", "en-us+f3", 0.5, 16_000, 1);
        Path third = Recordings.speech(folder, "a2.wav", "That sounds fine to me. Please go on with the numbers.", "en-us", 0.5, 16_000, 1);
        conversation = Recordings.concatenated(folder, "conversation.wav", first, second, third);
        sample = Recordings.speech(folder, "target.wav", "This is a sample of my own voice, recorded in a quiet room.", "en-us", 0.5, 16_000, 1);
    }

    /** The conversation and the sample under names no other test uses. */
    private static Path[] uploads() throws Exception {
        Path c = Files.copy(conversation, folder.resolve(unique("meeting", "wav")));
        Path s = Files.copy(sample, folder.resolve(unique("john_voice", "wav")));
        return new Path[]{c, s};
    }

    @Test
    void doc000ExtractsTheSpeakerInPersian() throws Exception {
        Http http = user();
        Path[] files = uploads();
        Http.Reply upload = http.postMultipart("/api/speaker-extraction/upload/", Map.of("boost_level", "2x"),
                Map.of("audio_file", files[0], "speaker_sample", files[1]), "Accept-Language", "fa");
        long id = fileId(upload);
        assertEquals("فایل‌ها آپلود شدند. استخراج گوینده آغاز شد.", upload.json().getString("message"));
        assertEquals(files[0].getFileName().toString(), upload.json().getString("filename"));
        assertEquals(files[1].getFileName().toString(), upload.json().getString("speaker_sample_name"));

        JsonObject listed = http.get("/api/speaker-extraction/files/").json().getJsonArray("files").getJsonObject(0);
        assertFields(listed, DOC_000_FILE);
        assertEquals("2x", listed.getString("boost_level"));

        JsonObject done = awaitCompleted(http, "/api/speaker-extraction/files/" + id + "/");
        assertFields(done, DOC_000_FILE);
        double score = done.getJsonNumber("similarity_score").doubleValue();
        assertTrue(score >= 0 && score <= 100, "similarity_score " + score);
        HttpResponse<byte[]> download = http.download("/api/speaker-extraction/download/" + id + "/");
        assertEquals(200, download.statusCode());
        assertArrayEquals(download.body(), http.download(done.getString("extracted_file")).body());
        Recordings.Pcm input = Recordings.wav(Files.readAllBytes(files[0]));
        Recordings.Pcm extracted = Recordings.wav(download.body());
        assertEquals(input.rate(), extracted.rate());
        assertEquals(input.channels(), extracted.channels());

        Http.Reply deleted = http.delete("/api/speaker-extraction/files/" + id + "/", "Accept-Language", "fa");
        assertEquals("فایل با موفقیت حذف شد", deleted.json().getString("message"));
        assertGone(id, files[0].getFileName().toString(), files[1].getFileName().toString());
        Checks.audioError(http.get("/api/speaker-extraction/files/" + id + "/"), 404, "NOT_FOUND");
    }

    /**
     * A failure of the job itself: a target sample of silence. Every reader gets the code and
     * the code's message in their own language, never the exception's text; the log gets the
     * code and the detail, at WARNING.
     */
    @Test
    void aTargetSampleWithoutSpeechFailsTheJobWithACodeAndAMessageInTheReadersLanguage() throws Exception {
        Http http = user();
        Path silence = folder.resolve(unique("silent_sample", "wav"));
        Recordings.run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", silence.toString(), "trim", "0", "4");
        long id = fileId(http.postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", uploads()[0], "target_speaker_file", silence)));

        JsonObject english = awaitFinished(http, "/api/speaker/files/" + id + "/status/");
        assertEquals("failed", english.getString("status"), english::toString);
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", english.getString("error_code"));
        assertEquals("The target speaker's sample holds too little speech to recognise the speaker by:"
                + " send at least 2 seconds of that speaker talking alone.", english.getString("error_message"));
        JsonObject persian = http.get("/api/speaker-extraction/files/" + id + "/", "Accept-Language", "fa").json();
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", persian.getString("error_code"));
        assertEquals("نمونهٔ صدای گوینده گفتار کافی برای شناختن او ندارد: دست‌کم ۲ ثانیه از صحبت همان گوینده به‌تنهایی بفرستید.",
                persian.getString("error_message"));
        JsonObject listed = http.get("/api/speaker/files/").json().getJsonArray("files").getJsonObject(0);
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", listed.getString("error_code"), listed::toString);

        List<ServerLog.Entry> logged = ServerLog.aboutJob(id, entries -> entries.stream().anyMatch(e -> e.level().equals("WARNING")));
        assertTrue(logged.stream().anyMatch(e -> e.level().equals("WARNING")
                        && e.message().contains("job " + id + " failed with TARGET_SAMPLE_TOO_LITTLE_SPEECH")
                        && e.message().contains("the speaker sample holds 0.0 s of speech")),
                () -> "the log has the code and the detail: " + logged);
    }

    @Test
    void doc001AnswersWithItsOwnFieldNames() throws Exception {
        Http http = user();
        Path[] files = uploads();
        Http.Reply upload = http.postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", files[0], "target_speaker_file", files[1]));
        long id = fileId(upload);
        assertEquals("Speaker extraction started", upload.json().getString("message"));

        JsonObject listed = http.get("/api/speaker/files/").json().getJsonArray("files").getJsonObject(0);
        assertFields(listed, DOC_001_FILE);
        assertEquals(files[0].getFileName().toString(), listed.getString("conversation_filename"));
        assertEquals(files[1].getFileName().toString(), listed.getString("target_filename"));
        assertEquals("none", listed.getString("boost_level"));
        assertArrayEquals(Files.readAllBytes(files[0]), http.download(listed.getString("conversation_url")).body());
        assertArrayEquals(Files.readAllBytes(files[1]), http.download(listed.getString("target_url")).body());
        assertFields(http.get("/api/speaker/files/" + id + "/status/").json(), DOC_001_FILE);

        awaitFinished(http, "/api/speaker/files/" + id + "/status/");
        Http.Reply deleted = http.delete("/api/speaker/files/" + id + "/delete/");
        assertEquals(200, deleted.status(), deleted::toString);
        assertEquals("File deleted successfully", deleted.json().getString("message"));
        assertGone(id, files[0].getFileName().toString(), files[1].getFileName().toString());
        assertEquals("File not found", Checks.audioError(http.delete("/api/speaker/files/" + id + "/delete/"), 404, "NOT_FOUND")
                .getString("message"));
    }

    @Test
    void doc001ScoresTheExtraction() throws Exception {
        Http http = user();
        Path[] files = uploads();
        long id = fileId(http.postMultipart("/api/speaker/extract/", Map.of("boost_level", "3x"),
                Map.of("conversation_file", files[0], "target_speaker_file", files[1])));
        JsonObject done = awaitCompleted(http, "/api/speaker/files/" + id + "/status/");
        assertEquals(JsonValue.NULL, done.get("error_message"));
        double score = done.getJsonNumber("similarity_score").doubleValue();
        assertTrue(score >= 0 && score <= 100, "similarity_score " + score);
        HttpResponse<byte[]> extracted = http.download(done.getString("extracted_url"));
        assertEquals(200, extracted.statusCode());
        Recordings.Pcm output = Recordings.wav(extracted.body());
        assertTrue(output.frames() > 0);
        assertFields(done, "method", "kept_segments");
    }

    @Test
    void bothFilesMustBeThereAndBeAudioBeforeEitherIsStored() throws Exception {
        Http http = user();
        Path[] files = uploads();
        String conversationName = files[0].getFileName().toString();

        JsonObject oneMissing = Checks.audioError(http.postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", files[0])), 400, "NO_FILE");
        assertEquals(java.util.Set.of("reason", "target_speaker_file"), oneMissing.getJsonObject("details").keySet());
        JsonObject bothMissing = Checks.audioError(http.postMultipart("/api/speaker-extraction/upload/", Map.of(), Map.of(),
                "Accept-Language", "fa"), 400, "NO_FILE");
        assertEquals(java.util.Set.of("reason", "audio_file", "speaker_sample"), bothMissing.getJsonObject("details").keySet());
        assertEquals("هیچ فایل صوتی ارسال نشد", bothMissing.getString("message"));

        Path text = AudioFiles.renamedText(folder, unique("sample", "m4a"));
        Checks.audioError(http.postMultipart("/api/speaker-extraction/upload/", Map.of(),
                Map.of("audio_file", files[0], "speaker_sample", text)), 415, "UNSUPPORTED_MEDIA");
        JsonObject level = Checks.audioError(http.postMultipart("/api/speaker/extract/", Map.of("boost_level", "10x"),
                Map.of("conversation_file", files[0], "target_speaker_file", files[1])), 400, "VALIDATION_ERROR");
        assertTrue(level.getJsonObject("details").containsKey("boost_level"));
        assertEquals(0, stored(conversationName).size(), "no refused upload left its conversation behind");

        Checks.audioError(http.without("X-CSRFToken").postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", files[0], "target_speaker_file", files[1])), 403, "CSRF_FAILED");
        assertEquals(0, http.get("/api/speaker/files/").json().getJsonArray("files").size());
    }

    @Test
    void anotherUsersFileIsNotFoundOnAnyPath() throws Exception {
        Http owner = user();
        Path[] files = uploads();
        long id = fileId(owner.postMultipart("/api/speaker/extract/", Map.of(),
                Map.of("conversation_file", files[0], "target_speaker_file", files[1])));
        Http stranger = user();
        Checks.audioError(stranger.get("/api/speaker/files/" + id + "/status/"), 404, "NOT_FOUND");
        Checks.audioError(stranger.get("/api/speaker-extraction/files/" + id + "/"), 404, "NOT_FOUND");
        assertEquals(404, stranger.download("/api/speaker-extraction/download/" + id + "/").statusCode());
        assertEquals(404, stranger.download("/media/jobs/" + id + "/sample").statusCode());
        Checks.audioError(stranger.delete("/api/speaker/files/" + id + "/delete/"), 404, "NOT_FOUND");
        Checks.audioError(stranger.delete("/api/speaker-extraction/files/" + id + "/"), 404, "NOT_FOUND");
        assertEquals(0, stranger.get("/api/speaker/files/").json().getJsonArray("files").size());
        assertEquals(0, stranger.get("/api/speaker-extraction/files/").json().getInt("total_count"));
        awaitFinished(owner, "/api/speaker-extraction/files/" + id + "/");
        assertEquals(200, owner.delete("/api/speaker-extraction/files/" + id + "/").status());
        assertGone(id, files[0].getFileName().toString(), files[1].getFileName().toString());
    }
}
