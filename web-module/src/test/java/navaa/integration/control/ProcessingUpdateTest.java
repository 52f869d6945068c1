package navaa.integration.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessingUpdateTest {

    private static JsonObject event(String code, String message) {
        return Json.createObjectBuilder()
                .add("id", "e-1").add("time", "2025-08-14T10:30:00.000Z")
                .add("data", Json.createObjectBuilder()
                        .add("job_id", 12).add("file_id", 12).add("owner_id", 3).add("kind", "EXTRACT")
                        .add("filename", "meeting.wav").add("status", code == null ? "processing" : "failed").add("progress", 40)
                        .add("error_code", code == null ? JsonValue.NULL : Json.createValue(code))
                        .add("error_message", message == null ? JsonValue.NULL : Json.createValue(message))
                        .add("request_id", JsonValue.NULL))
                .build();
    }

    @Test
    void aFailedJobsUpdateCarriesItsCodeAndTheMessageInTheSocketsLanguage() {
        JsonObject update = ProcessingUpdate.of(event("CANCELLED_BY_ADMIN", "An administrator cancelled this job."));
        assertEquals("speaker", update.getString("service"));
        assertEquals("CANCELLED_BY_ADMIN", update.getString("error_code"));
        assertFalse(update.containsKey("owner_id"), "the owner's id stays on the server");

        assertEquals("An administrator cancelled this job.", ProcessingUpdate.in(update, Locale.ROOT).getString("error_message"));
        JsonObject persian = ProcessingUpdate.in(update, Messages.PERSIAN);
        assertEquals(Messages.text("job.failure.CANCELLED_BY_ADMIN", Messages.PERSIAN), persian.getString("error_message"));
        assertTrue(persian.getString("error_message").contains("لغو"), persian::toString);
        assertEquals("CANCELLED_BY_ADMIN", persian.getString("error_code"));
    }

    @Test
    void anUpdateWithoutAFailureOrWithACodeThisServerDoesNotKnowIsPassedOnAsItIs() {
        JsonObject running = ProcessingUpdate.of(event(null, null));
        assertSame(running, ProcessingUpdate.in(running, Messages.PERSIAN));
        assertEquals(JsonValue.NULL, running.get("error_code"));
        JsonObject newer = ProcessingUpdate.of(event("SOMETHING_NEWER", "Told in English."));
        assertEquals("Told in English.", ProcessingUpdate.in(newer, Messages.PERSIAN).getString("error_message"));
    }
}
