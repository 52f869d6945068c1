package navaa.diarization.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.platform.entity.NumberedEntity;
import navaa.identity.entity.Account;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DiarizationJsonTest {

    private static Job job() throws ReflectiveOperationException {
        Job job = new Job(new Account("someone", "hash", Set.of()), JobKind.DIARIZE,
                new JobInput("meeting.wav", "/data/media/uploads/x/meeting.wav", "WAV", 1000, 60, 16_000, 1, 256_000),
                "{\"output_formats\":\"json,srt\"}");
        Field field = NumberedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(job, 41L);
        return job;
    }

    @Test
    void aFailedDiarizationSaysWhyInTheReadersLanguageWithTheCodeBeside() throws Exception {
        Job job = job();
        assertEquals(JsonValue.NULL, DiarizationJson.job(job, Locale.ROOT).get("error"));
        assertEquals(JsonValue.NULL, DiarizationJson.job(job, Locale.ROOT).get("error_code"));

        job.failed(JobFailure.MODEL_UNAVAILABLE);
        JsonObject english = DiarizationJson.job(job, Locale.ROOT);
        JsonObject persian = DiarizationJson.job(job, Messages.PERSIAN);
        assertEquals("failed", english.getString("status"));
        assertEquals("MODEL_UNAVAILABLE", english.getString("error_code"));
        assertEquals(Messages.text("job.failure.MODEL_UNAVAILABLE", Locale.ROOT), english.getString("error"));
        assertEquals(Messages.text("job.failure.MODEL_UNAVAILABLE", Messages.PERSIAN), persian.getString("error"));
        assertFalse(english.getString("error").equals(persian.getString("error")));
    }
}
