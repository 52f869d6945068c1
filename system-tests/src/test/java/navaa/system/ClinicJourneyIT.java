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
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 003's clinic as one patient meets it, with the document's own requests (only their
 * placeholders filled in): a new phone number signs in by OTP with the code from the dev
 * outbox, books a visit (and is refused the same slot), uploads a lab result to it; the
 * visit's doctor sees that file and writes a private note; a second doctor asks for access,
 * sees nothing until the patient approves, then the file and the public notes but never the
 * private one; the first doctor's dashboard counts the visit; the patient's access log holds
 * every look, the refused one too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClinicJourneyIT {

    /** Doc 003's note, word for word; encounter_id is its placeholder. */
    private static final String NOTE = """
            {
              "encounter_id": "encounter_id",
              "note_type": "clinical",
              "content": "بیمار به درمان پاسخ مناسبی داده است. ادامه مصرف دارو توصیه می‌شود.",
              "is_private": false,
              "tags": ["followup", "medication"]
            }""";
    private static final String SETTINGS = """
            {
              "consultation_settings": {"online_consultation_enabled": true, "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000, "consultation_duration": 20, "buffer_time": 10},
              "availability": {"working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"],
                "working_hours": {"start": "00:00", "end": "23:59"}, "break_times": []},
              "accepted_insurances": ["تامین اجتماعی"]
            }""";

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void aNewPatientsVisitFileGrantAndNotesEndToEnd() throws Exception {
        Http admin = Accounts.admin();

        // a number never seen signs in: the code comes from the development provider's outbox
        String local = ClinicOtp.newLocalNumber();
        String phone = ClinicOtp.e164(local);
        Http.Reply sent = ClinicOtp.request(new Http(), phone, "sms", "fa");
        assertEquals(200, sent.status(), sent::toString);
        Http.Reply verified = ClinicOtp.verify(new Http(), phone, ClinicOtp.code(ClinicOtp.newestMessage(admin, local)), "fa");
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().getBoolean("is_new_user"), verified::toString);
        Http patient = new Http().with("Authorization", "Bearer " + verified.json().getString("access")).with("Accept-Language", "fa");
        Http.Reply named = patient.patchJson("/api/v1/patients/profile/",
                "{\"first_name\": \"علی\", \"last_name\": \"محمدی\", \"date_of_birth\": \"1370-01-01\", \"gender\": \"male\"}");
        assertEquals(200, named.status(), named::toString);
        String patientId = named.json().getString("id");
        assertEquals(phone, named.json().getString("phone_number"));

        // two doctors: the one the patient books, and one who will ask for access
        ClinicPeople.Person sara = ClinicPeople.create(admin, "doctor", "سارا", "احمدی");
        ClinicPeople.Person omid = ClinicPeople.create(admin, "doctor", "امید", "کاظمی");
        String specialty = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        String saraId = ClinicPeople.practise(admin, sara, specialty, SETTINGS);

        // the search, the documented booking, the same slot refused
        Http.Reply found = patient.get("/api/v1/patients/doctors/search/?specialty=" + specialty);
        assertEquals(200, found.status(), found::toString);
        String at = found.json().getJsonArray("results").getJsonObject(0).getJsonObject("availability").getString("next_available");
        String booking = EncountersIT.BOOKING.replace("doctor_uuid", saraId).replace("2024-01-25T15:00:00Z", at);
        Http.Reply booked = patient.postJson("/api/v1/patients/encounters/book/", booking);
        assertEquals(201, booked.status(), booked::toString);
        String encounter = booked.json().getString("id");
        assertEquals("تداخل زمانی با ویزیت دیگر",
                clinicError(patient.postJson("/api/v1/patients/encounters/book/", booking), 409, "APPOINTMENT_CONFLICT").getString("message"));
        Http.Reply listed = patient.get("/api/v1/patients/encounters/?page_size=1");
        assertEquals(1, listed.json().getInt("count"), listed::toString);
        assertEquals(encounter, listed.json().getJsonArray("results").getJsonObject(0).getString("id"));

        // a lab result for that visit, with the documented form fields
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path labResult = Files.write(folder.resolve("blood.pdf"), pdf);
        Http.Reply uploaded = patient.postMultipart("/api/v1/patients/medical-files/upload/", Map.of("file_type", "lab_result",
                "title", "آزمایش خون", "description", "قند ناشتا", "encounter_id", encounter), Map.of("file", labResult));
        assertEquals(201, uploaded.status(), uploaded::toString);
        assertEquals("application/pdf", uploaded.json().getString("mime_type"));
        String fileUrl = uploaded.json().getString("file_url");
        String filePath = fileUrl.substring(fileUrl.indexOf("/api/"));

        // the visit's doctor sees the visit's file and writes two notes, one private
        String saraFiles = "/api/v1/doctors/patients/" + patientId + "/medical-files/";
        Http.Reply saraSees = sara.as("fa").get(saraFiles);
        assertEquals(200, saraSees.status(), saraSees::toString);
        assertEquals(List.of(uploaded.json().getString("id")), ids(saraSees.json().getJsonArray("results")));
        String notes = "/api/v1/doctors/patients/" + patientId + "/notes/";
        Http.Reply note = sara.as("fa").postJson(notes, NOTE.replace("\"encounter_id\": \"encounter_id\"", "\"encounter_id\": \"" + encounter + "\""));
        assertEquals(201, note.status(), note::toString);
        assertEquals("دکتر سارا احمدی", note.json().getJsonObject("created_by").getString("name"));
        assertEquals(encounter, note.json().getJsonObject("encounter").getString("id"));
        Http.Reply privateNote = sara.as("fa").postJson(notes, NOTE.replace("\"encounter_id\": \"encounter_id\"", "\"encounter_id\": \"" + encounter + "\"")
                .replace("\"is_private\": false", "\"is_private\": true").replace("بیمار به درمان", "فقط برای خودم: بیمار به درمان"));
        assertEquals(201, privateNote.status(), privateNote::toString);

        // the second doctor asks with the documented request: nothing until the patient approves
        Http.Reply granted = omid.as("en").postJson("/api/v1/doctors/patient-access/grant/", AccessGrantsIT.GRANT.replace("+989121234567", phone));
        assertEquals(201, granted.status(), granted::toString);
        assertEquals("+9891****" + phone.substring(phone.length() - 4), granted.json().getJsonObject("patient").getString("phone_number"));
        String omidFiles = "/api/v1/doctors/patients/" + patientId + "/medical-files/";
        JsonObject refused = clinicError(omid.as("en").get(omidFiles), 404, "NOT_FOUND");
        assertFalse(refused.toString().contains(patientId), "a refusal does not confirm who the patient is");
        assertEquals(404, omid.as("en").download(filePath).statusCode());
        Http.Reply approved = patient.postJson("/api/v1/patients/access-grants/approve/",
                "{\"access_code\": \"" + granted.json().getString("access_code").toLowerCase() + "\"}");
        assertEquals(200, approved.status(), approved::toString);

        // approved: the file (bytes as uploaded) and the public note, never the private one
        Http.Reply omidSees = omid.as("en").get(omidFiles);
        assertEquals(200, omidSees.status(), omidSees::toString);
        assertEquals(1, omidSees.json().getInt("count"));
        HttpResponse<byte[]> download = omid.as("en").download(filePath);
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body());
        Http.Reply omidNotes = omid.as("en").get(notes);
        assertEquals(200, omidNotes.status(), omidNotes::toString);
        assertEquals(List.of(note.json().getString("id")), ids(omidNotes.json().getJsonArray("results")));
        Http.Reply saraNotes = sara.as("en").get(notes + "?encounter_id=" + encounter);
        assertEquals(2, saraNotes.json().getInt("count"), "the author sees their private note: " + saraNotes);
        Http.Reply patientNotes = patient.get("/api/v1/patients/notes/");
        assertEquals(List.of(note.json().getString("id")), ids(patientNotes.json().getJsonArray("results")));

        // the visit's doctor's dashboard counts it and was told of it
        Http.Reply dashboard = sara.as("fa").get("/api/v1/doctors/dashboard/");
        assertEquals(200, dashboard.status(), dashboard::toString);
        JsonObject upcoming = dashboard.json().getJsonArray("upcoming_appointments").stream().map(JsonValue::asJsonObject)
                .filter(u -> encounter.equals(u.getString("id"))).findFirst().orElseThrow(() -> new AssertionError(dashboard.toString()));
        assertEquals("علی محمدی", upcoming.getJsonObject("patient").getString("name"));
        assertEquals(patientId, upcoming.getJsonObject("patient").getString("id"));
        assertTrue(upcoming.getJsonObject("patient").getInt("age") >= 34, upcoming::toString);
        assertTrue(upcoming.getJsonObject("patient").getString("medical_record_number").matches("MRN\\d{6,}"), upcoming::toString);
        assertTrue(dashboard.json().getJsonArray("notifications").stream().map(JsonValue::asJsonObject)
                .anyMatch(n -> "new_appointment".equals(n.getString("type")) && n.getString("message").contains("علی محمدی")), dashboard::toString);

        // every look by someone else is on the patient's record, the refused one too
        Http.Reply log = patient.get("/api/v1/patients/access-log/?page_size=100");
        assertEquals(200, log.status(), log::toString);
        List<JsonObject> entries = log.json().getJsonArray("results").stream().map(JsonValue::asJsonObject).toList();
        String omidId = approved.json().getJsonObject("doctor").getString("id");
        assertTrue(entries.stream().anyMatch(e -> !e.getBoolean("allowed") && omidId.equals(e.getJsonObject("actor").getString("id"))),
                "the second doctor's refused look: " + log);
        assertTrue(entries.stream().anyMatch(e -> e.getBoolean("allowed") && omidId.equals(e.getJsonObject("actor").getString("id"))
                && "medical_file.download".equals(e.getString("action")) && !e.isNull("grant_id")), "the download under the grant: " + log);
        assertTrue(entries.stream().anyMatch(e -> saraId.equals(e.getJsonObject("actor").getString("id"))
                && "note.create".equals(e.getString("action")) && encounter.equals(e.getString("encounter_id", ""))), "the note under the visit: " + log);
    }

    private static List<String> ids(JsonArray results) {
        return results.stream().map(r -> r.asJsonObject().getString("id")).toList();
    }
}
