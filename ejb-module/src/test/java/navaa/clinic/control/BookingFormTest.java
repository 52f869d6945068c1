package navaa.clinic.control;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingFormTest {

    private static BookingForm read(String json) {
        return BookingForm.read(Json.createReader(new StringReader(json)).readObject());
    }

    @Test
    void readsTheDocumentsRequest() {
        BookingForm form = read("""
                {"doctor_id": "d-1", "scheduled_at": "2024-01-25T15:00:00Z", "visit_type": "online",
                 "chief_complaint": "درد قفسه سینه", "description": "از دو روز پیش",
                 "insurance_info": {"use_insurance": true, "provider": "تامین اجتماعی", "number": "1234567890"}}""");
        assertTrue(form.errors().isEmpty(), form.errors()::toString);
        assertEquals(Instant.parse("2024-01-25T15:00:00Z"), form.scheduledAt());
        assertTrue(form.useInsurance());
        assertEquals("تامین اجتماعی", form.insuranceProvider());
    }

    @Test
    void namesEachBadField() {
        BookingForm form = read("""
                {"scheduled_at": "tomorrow", "visit_type": "phone", "chief_complaint": 5, "insurance_info": []}""");
        assertEquals("field.required", form.errors().get("doctor_id").key());
        assertEquals("field.timestamp", form.errors().get("scheduled_at").key());
        assertEquals("field.visitType", form.errors().get("visit_type").key());
        assertEquals("field.text", form.errors().get("chief_complaint").key());
        assertEquals("field.object", form.errors().get("insurance_info").key());
    }
}
