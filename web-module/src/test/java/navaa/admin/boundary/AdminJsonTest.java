package navaa.admin.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.platform.entity.NumberedEntity;
import navaa.identity.entity.Account;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.jobs.entity.JobRun;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdminJsonTest {

    private static Job job() throws ReflectiveOperationException {
        Job job = new Job(new Account("sara", "hash", Set.of()), JobKind.BOOST,
                new JobInput("lecture.flac", "/data/media/uploads/x/lecture.flac", "FLAC", 1000, 1500, 22_050, 1, 0),
                "{\"boost_level\":\"3x\"}");
        Field field = NumberedEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(job, 5L);
        return job;
    }

    @Test
    void theConsoleGetsTheCodeAndItsMessageInTheConsolesLanguage() throws Exception {
        Job job = job();
        job.failed(JobFailure.CANCELLED_BY_ADMIN);
        JsonObject persian = AdminJson.job(job, Messages.PERSIAN).build();
        assertEquals("CANCELLED_BY_ADMIN", persian.getString("errorCode"));
        assertEquals("مدیر سیستم این پردازش را لغو کرد.", persian.getString("error"));
    }

    @Test
    void theDetailListsEachExecutionsRunWithWhereItStartedAndWhatItDid() throws Exception {
        JobRun killed = new JobRun(5, 101, "process", "frames", 0, 33_075_000);
        JobRun resumed = new JobRun(5, 102, "process", "frames", 6_615_000, 33_075_000);
        resumed.ended(26_460_000);
        JsonObject detail = AdminJson.detail(job(), Optional.empty(), List.of(killed, resumed), java.util.Locale.ROOT);
        JsonArray runs = detail.getJsonArray("runs");
        assertEquals(2, runs.size());
        JsonObject first = runs.getJsonObject(0);
        assertEquals(101, first.getInt("execution"));
        assertEquals(0, first.getJsonNumber("startPosition").longValue());
        assertEquals(JsonValue.NULL, first.get("processed"), "a crash leaves no count");
        assertEquals(JsonValue.NULL, first.get("endedAt"));
        JsonObject second = runs.getJsonObject(1);
        assertEquals("process", second.getString("step"));
        assertEquals("frames", second.getString("unit"));
        assertEquals(6_615_000, second.getJsonNumber("startPosition").longValue());
        assertEquals(26_460_000, second.getJsonNumber("processed").longValue());
        assertEquals(33_075_000, second.getJsonNumber("total").longValue());
        assertTrue(second.getString("endedAt").endsWith("Z"));
        assertEquals(JsonValue.NULL, detail.get("errorCode"));
    }

    @Test
    void aKindGoesByItsNameInTheReadersLanguage() {
        JsonObject kind = AdminJson.kind(JobKind.SEPARATE, java.util.Locale.ENGLISH);
        assertEquals("SEPARATE", kind.getString("kind"));
        assertEquals("Vocal separation", kind.getString("name"));
        assertEquals("vocal", kind.getString("service"));
        assertEquals(3, kind.getJsonArray("outputs").size());
        assertEquals("جداسازی آواز", AdminJson.kind(JobKind.SEPARATE, navaa.platform.control.Messages.PERSIAN).getString("name"));
    }
}
