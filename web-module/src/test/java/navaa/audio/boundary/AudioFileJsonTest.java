package navaa.audio.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.platform.entity.NumberedEntity;
import navaa.audio.boundary.AudioFileJson.StateWords;
import navaa.identity.entity.Account;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.control.JobFailure;
import navaa.jobs.entity.JobInput;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioFileJsonTest {

    private static Job job(long id, String kind, String parameters) throws ReflectiveOperationException {
        Job job = new Job(new Account("someone", "hash", Set.of()), JobKind.valueOf(kind),
                new JobInput("meeting.wav", "/data/media/uploads/x/meeting.wav", "WAV", 5_242_880, 225.7, 44_100, 2, 1_411_200),
                parameters);
        Field field = NumberedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(job, id);
        return job;
    }

    @Test
    void aPendingDenoiseFileHasEveryDocumentedFieldOfBothDocuments() throws Exception {
        JsonObject json = AudioFileJson.of(job(123, "DENOISE", "{\"boost_level\":\"2x\"}"), StateWords.DOCUMENTED, Locale.ROOT);
        assertEquals(123, json.getInt("id"));
        assertEquals("meeting.wav", json.getString("filename"));
        assertEquals("pending", json.getString("status"));
        assertEquals(0, json.getInt("progress"));
        assertEquals("2x", json.getString("boost_level"));
        assertEquals(225.7, json.getJsonNumber("duration").doubleValue(), 1e-9);
        assertEquals("03:45", json.getString("duration_display"));
        assertEquals(5_242_880, json.getJsonNumber("file_size").longValue());
        assertEquals("/media/jobs/123/original", json.getString("original_url"));
        assertEquals("/media/jobs/123/original", json.getString("original_file"));
        for (String open : new String[]{"denoised_url", "denoised_file", "processed_at", "processing_time", "error_message", "error_code"}) {
            assertEquals(JsonValue.NULL, json.get(open), open);
        }
        assertTrue(json.getString("uploaded_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    @Test
    void aCompletedSeparationLinksBothStemsAndTheOneAskedFor() throws Exception {
        Job job = job(456, "SEPARATE", "{\"output_type\":\"instrumental\"}");
        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        outputs.put("instrumental", "/data/out/song_instrumental.wav");
        outputs.put("vocals", "/data/out/song_vocals.wav");
        job.completed(outputs, "{\"method\":\"dsp-hpss-repet\",\"status\":\"overwritten?\"}");
        JsonObject json = AudioFileJson.of(job, StateWords.DOCUMENTED, Locale.ROOT);
        assertEquals("completed", json.getString("status"));
        assertEquals(100, json.getInt("progress"));
        assertEquals("instrumental", json.getString("output_type"));
        assertEquals("/media/jobs/456/output", json.getString("separated_file"));
        assertEquals("/media/jobs/456/vocals", json.getString("vocals_url"));
        assertEquals("/media/jobs/456/instrumental", json.getString("instrumental_url"));
        assertEquals("dsp-hpss-repet", json.getString("method"));
        assertEquals("completed", json.getString("status"), "the engine's result never overrides the record");
        assertTrue(json.getJsonNumber("processing_time").doubleValue() >= 0);
    }

    @Test
    void doc001sVocalFamilySaysErrorForAFailedJob() throws Exception {
        Job job = job(7, "SEPARATE", "{\"output_type\":\"both\"}");
        job.failed(JobFailure.INPUT_UNREADABLE);
        assertEquals("error", AudioFileJson.of(job, StateWords.ERROR_FOR_FAILED, Locale.ROOT).getString("status"));
        assertEquals("failed", AudioFileJson.of(job, StateWords.DOCUMENTED, Locale.ROOT).getString("status"));
    }

    @Test
    void aFailedJobTellsItsCodeAndTheCodesMessageInTheReadersLanguage() throws Exception {
        Job job = job(8, "DENOISE", "{\"boost_level\":\"none\"}");
        job.failed(JobFailure.TARGET_SAMPLE_TOO_LITTLE_SPEECH);
        JsonObject english = AudioFileJson.of(job, StateWords.DOCUMENTED, Locale.ROOT);
        JsonObject persian = AudioFileJson.of(job, StateWords.DOCUMENTED, Messages.PERSIAN);
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", english.getString("error_code"));
        assertEquals("TARGET_SAMPLE_TOO_LITTLE_SPEECH", persian.getString("error_code"));
        assertEquals(Messages.text("job.failure.TARGET_SAMPLE_TOO_LITTLE_SPEECH", Locale.ROOT), english.getString("error_message"));
        assertTrue(english.getString("error_message").startsWith("The target speaker's sample holds too little speech"), english::toString);
        assertTrue(persian.getString("error_message").startsWith("نمونهٔ صدای گوینده"), persian::toString);
    }

    @Test
    void anExtractionNamesBothUploadsAndFillsTheScoreFromTheResult() throws Exception {
        Job job = job(999, "EXTRACT", "{\"boost_level\":\"none\"}");
        job.sample(new JobInput("john.mp3", "/data/media/uploads/y/john.mp3", "MP3", 1000, 4.0, 16_000, 1, 64_000));
        JsonObject pending = AudioFileJson.of(job, StateWords.DOCUMENTED, Locale.ROOT);
        assertEquals(JsonValue.NULL, pending.get("similarity_score"));
        assertEquals("meeting.wav", pending.getString("conversation_filename"));
        assertEquals("john.mp3", pending.getString("target_filename"));
        assertEquals("john.mp3", pending.getString("speaker_sample_name"));
        assertEquals("/media/jobs/999/original", pending.getString("conversation_url"));
        assertEquals("/media/jobs/999/sample", pending.getString("target_url"));

        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        outputs.put("output", "/data/out/meeting_extract.wav");
        job.completed(outputs, "{\"method\":\"xvector\",\"similarity_score\":77.53,\"kept_segments\":[{\"start\":0.5,\"end\":2.0,\"score\":81.0}]}");
        JsonObject done = AudioFileJson.of(job, StateWords.DOCUMENTED, Locale.ROOT);
        assertEquals(77.53, done.getJsonNumber("similarity_score").doubleValue(), 1e-9);
        assertEquals("/media/jobs/999/output", done.getString("extracted_url"));
        assertEquals(1, done.getJsonArray("kept_segments").size());
    }

    @Test
    void theUploadAnswerEchoesWhatWasChosenButNotWhatTheEngineDerives() throws Exception {
        JsonObject answer = AudioFileJson.started(job(789, "BOOST", "{\"boost_level\":\"3x\",\"factor\":\"3\"}"), "Audio boost started");
        assertEquals("success", answer.getString("status"));
        assertEquals("Audio boost started", answer.getString("message"));
        assertEquals(789, answer.getInt("file_id"));
        assertEquals("meeting.wav", answer.getString("filename"));
        assertEquals("3x", answer.getString("boost_level"));
        assertFalse(answer.containsKey("factor"));
        assertFalse(answer.containsKey("speaker_sample_name"));
    }

    @Test
    void longRecordingsCountMinutesPastTheHour() {
        assertEquals("00:00", AudioFileJson.minutesAndSeconds(0.4));
        assertEquals("03:45", AudioFileJson.minutesAndSeconds(225.99));
        assertEquals("61:01", AudioFileJson.minutesAndSeconds(3661));
    }
}
