package navaa.system;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patient's access log (extension): an admin's edit of the patient's account and list of
 * users, a doctor's step on the patient's booking, each on record with who, what and on what
 * ground; only the patient reads it, paged in doc 003's shape, and nothing changes it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessLogIT {

    private static final String LOG = "/api/v1/patients/access-log/";
    private static final String SETTINGS = """
            {
              "consultation_settings": {"online_consultation_enabled": true, "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000, "consultation_duration": 20, "buffer_time": 10},
              "availability": {"working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"],
                "working_hours": {"start": "08:00", "end": "20:00"}, "break_times": []}
            }""";
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "actor", "action", "record_id", "grant_id", "encounter_id", "allowed",
            "created_at");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void adminsAndDoctorsLooksAreOnThePatientsOwnRecord() {
        Http admin = Accounts.admin();
        ClinicPeople.Person patient = ClinicPeople.create(admin, "patient", "سارا", "نوری");
        String patientId = patient.patientId();
        Http asPatient = patient.as("fa");
        Http.Reply empty = asPatient.get(LOG);
        assertEquals(200, empty.status(), empty::toString);
        assertEquals(0, empty.json().getInt("count"), "nobody has looked yet");

        // an admin edits the patient's account, then lists every user
        assertEquals(200, admin.putJson("/api/admin/users/" + patient.username(), "{\"lastName\": \"نوری‌زاده\"}").status());
        assertEquals(200, admin.get("/api/admin/users").status());

        // the doctor of the patient's booking confirms it
        ClinicPeople.Person doctor = ClinicPeople.create(admin, "doctor", "نادر", "امینی");
        String specialty = "log-" + UUID.randomUUID().toString().substring(0, 8);
        String doctorId = ClinicPeople.practise(admin, doctor, specialty, SETTINGS);
        Http.Reply found = asPatient.get("/api/v1/patients/doctors/search/?specialty=" + specialty);
        String at = found.json().getJsonArray("results").getJsonObject(0).getJsonObject("availability").getString("next_available");
        Http.Reply booked = asPatient.postJson("/api/v1/patients/encounters/book/",
                "{\"doctor_id\": \"" + doctorId + "\", \"scheduled_at\": \"" + at + "\", \"visit_type\": \"online\", \"chief_complaint\": \"سرفه\"}");
        assertEquals(201, booked.status(), booked::toString);
        String encounter = booked.json().getString("id");
        assertEquals(200, doctor.as("en").postJson("/api/v1/doctors/encounters/" + encounter + "/confirm/", "{}").status());

        Http.Reply log = asPatient.get(LOG);
        assertEquals(200, log.status(), log::toString);
        JsonArray results = log.json().getJsonArray("results");
        assertEquals(3, log.json().getInt("count"), log::toString);
        for (JsonValue entry : results) {
            assertEquals(ENTRY_FIELDS, entry.asJsonObject().keySet());
            assertTrue(entry.asJsonObject().getBoolean("allowed"));
        }
        JsonObject confirmed = results.getJsonObject(0);
        assertEquals("encounter.confirmed", confirmed.getString("action"), "newest first");
        assertEquals(encounter, confirmed.getString("encounter_id"));
        assertEquals(encounter, confirmed.getString("record_id"));
        assertEquals(JsonValue.NULL, confirmed.get("grant_id"), "the booking, not a grant, let the doctor in");
        assertEquals(doctorId, confirmed.getJsonObject("actor").getString("id"));
        assertEquals("doctor", confirmed.getJsonObject("actor").getString("role"));
        assertEquals("نادر امینی", confirmed.getJsonObject("actor").getString("name"));
        assertEquals(List.of("account.list", "account.update"),
                List.of(results.getJsonObject(1).getString("action"), results.getJsonObject(2).getString("action")));
        assertEquals("admin", results.getJsonObject(2).getJsonObject("actor").getString("role"));
        assertEquals(patientId, results.getJsonObject(2).getString("record_id"));

        // paged as doc 003's lists are
        Http.Reply second = asPatient.get(LOG + "?page=2&page_size=2");
        assertEquals(200, second.status(), second::toString);
        assertEquals(1, second.json().getJsonArray("results").size());
        assertTrue(second.json().getString("previous").endsWith(LOG + "?page_size=2"), second::toString);
        clinicError(asPatient.get(LOG + "?page=3&page_size=2"), 404, "NOT_FOUND");
        JsonObject bad = clinicError(patient.as("en").get(LOG + "?page_size=500"), 400, "VALIDATION_ERROR");
        assertTrue(bad.getJsonObject("details").getJsonObject("field_errors").containsKey("page_size"), bad::toString);

        // only the patient reads it, and nothing changes it
        clinicError(doctor.as("fa").get(LOG), 403, "FORBIDDEN");
        clinicError(new Http().get(LOG), 401, "UNAUTHORIZED");
        for (Http.Reply refused : List.of(asPatient.delete(LOG), asPatient.putJson(LOG, "{}"), asPatient.postJson(LOG, "{}"))) {
            assertEquals(405, refused.status(), refused::toString);
        }
        assertEquals(3, asPatient.get(LOG).json().getInt("count"));

        // another patient's log holds none of this
        ClinicPeople.Person other = ClinicPeople.create(admin, "patient", "Other", "Patient");
        Http.Reply others = other.as("en").get(LOG);
        assertFalse(others.json().getJsonArray("results").stream()
                .anyMatch(e -> patientId.equals(e.asJsonObject().getString("record_id", ""))), others::toString);
    }
}
