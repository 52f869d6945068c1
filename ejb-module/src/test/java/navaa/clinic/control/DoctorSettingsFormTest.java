package navaa.clinic.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import navaa.platform.control.FieldError;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DoctorSettingsFormTest {

    /** Doc 003's request body, word for word. */
    static final String DOC_003 = """
            {
              "consultation_settings": {
                "online_consultation_enabled": true,
                "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000,
                "consultation_duration": 20,
                "buffer_time": 10
              },
              "availability": {
                "working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday"],
                "working_hours": {
                  "start": "09:00",
                  "end": "17:00"
                },
                "break_times": [
                  {
                    "start": "12:00",
                    "end": "13:00"
                  }
                ]
              },
              "notification_preferences": {
                "appointment_reminders": true,
                "new_appointments": true,
                "cancellations": true,
                "payment_notifications": true
              },
              "accepted_insurances": [
                "تامین اجتماعی",
                "ایران",
                "آسیا"
              ]
            }""";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static Map<String, FieldError> errors(String text) {
        return DoctorSettingsForm.read(json(text)).errors();
    }

    @Test
    void doc003sExampleIsReadWhole() {
        DoctorSettingsForm form = DoctorSettingsForm.read(json(DOC_003));
        assertEquals(Map.of(), form.errors());
        assertEquals(new DoctorSettingsForm.Consultation(true, 600000, 800000, 20, 10), form.consultation().orElseThrow());
        DoctorSettingsForm.Availability availability = form.availability().orElseThrow();
        assertEquals(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), availability.days());
        assertEquals(LocalTime.of(9, 0), availability.start());
        assertEquals(LocalTime.of(17, 0), availability.end());
        assertEquals(List.of(new DoctorHours.Break(LocalTime.of(12, 0), LocalTime.of(13, 0))), availability.breaks());
        assertEquals(new DoctorSettingsForm.Notifications(true, true, true, true), form.notifications().orElseThrow());
        assertEquals(List.of("تامین اجتماعی", "ایران", "آسیا"), form.insurances().orElseThrow());
        assertEquals("saturday,sunday,monday,tuesday,wednesday", DoctorWeek.join(availability.days()));
    }

    @Test
    void sectionsNotSentStayUnset() {
        DoctorSettingsForm form = DoctorSettingsForm.read(json("{\"accepted_insurances\": []}"));
        assertEquals(Map.of(), form.errors());
        assertTrue(form.consultation().isEmpty() && form.availability().isEmpty() && form.notifications().isEmpty());
        assertEquals(List.of(), form.insurances().orElseThrow());
    }

    @Test
    void eachWrongFieldIsNamedByItsPath() {
        Map<String, FieldError> errors = errors("""
                {"consultation_settings": {"online_consultation_enabled": "yes", "online_consultation_fee": -1,
                  "in_person_consultation_fee": 1.5, "consultation_duration": 2, "buffer_time": 10},
                 "availability": {"working_days": ["saturday", "someday"], "working_hours": {"start": "9am", "end": "17:00"}},
                 "notification_preferences": {"appointment_reminders": true},
                 "accepted_insurances": "ایران"}""");
        assertEquals(Set.of("consultation_settings.online_consultation_enabled", "consultation_settings.online_consultation_fee",
                "consultation_settings.in_person_consultation_fee", "consultation_settings.consultation_duration",
                "availability.working_days", "availability.working_hours.start",
                "notification_preferences.new_appointments", "notification_preferences.cancellations",
                "notification_preferences.payment_notifications", "accepted_insurances"), errors.keySet());
        assertEquals("field.boolean", errors.get("consultation_settings.online_consultation_enabled").key());
        assertEquals("field.weekday", errors.get("availability.working_days").key());
        assertEquals("field.time", errors.get("availability.working_hours.start").key());
        assertEquals("field.required", errors.get("notification_preferences.cancellations").key());
    }

    @Test
    void hoursAndBreaksMustMakeSense() {
        assertEquals("field.endAfterStart", errors("""
                {"availability": {"working_days": [], "working_hours": {"start": "17:00", "end": "09:00"}}}""")
                .get("availability.working_hours.end").key());
        assertEquals("field.breakWithinHours", errors("""
                {"availability": {"working_days": ["monday"], "working_hours": {"start": "09:00", "end": "17:00"},
                 "break_times": [{"start": "08:00", "end": "09:30"}]}}""").get("availability.break_times[0].end").key());
        assertEquals("field.breaksOverlap", errors("""
                {"availability": {"working_days": ["monday"], "working_hours": {"start": "09:00", "end": "17:00"},
                 "break_times": [{"start": "12:00", "end": "13:00"}, {"start": "12:30", "end": "14:00"}]}}""")
                .get("availability.break_times").key());
        assertEquals("field.time", errors("""
                {"availability": {"working_days": ["monday"], "working_hours": {"start": "09:00", "end": "24:00"}}}""")
                .get("availability.working_hours.end").key());
    }

    @Test
    void messagesExistInEnglishAndPersian() {
        for (FieldError error : errors("""
                {"consultation_settings": {"online_consultation_enabled": 1, "online_consultation_fee": -1},
                 "availability": {"working_days": ["x"], "working_hours": {"start": "17:00", "end": "09:00"}},
                 "accepted_insurances": [1]}""").values()) {
            String english = error.text(Locale.ENGLISH);
            String persian = error.text(Messages.PERSIAN);
            assertNotEquals(error.key(), english);
            assertNotEquals(english, persian);
        }
    }
}
