package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 003's booking and encounter list end to end: a patient books a doctor's next free
 * visit with the documented request (only its placeholders filled in), the slot then
 * answers 409 APPOINTMENT_CONFLICT in doc 003's error shape, as a break and the past do;
 * eight requests at once for one free slot make one booking; the doctor's next_available
 * moves on; each patient lists only their own encounters, paged and filtered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EncountersIT {

    private static final String PASSWORD = "encounters-it-pw";
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final Set<DayOfWeek> WORKING = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
    /** Doc 003's booking request, word for word; doctor_id and scheduled_at are its placeholders. */
    static final String BOOKING = """
            {
              "doctor_id": "doctor_uuid",
              "scheduled_at": "2024-01-25T15:00:00Z",
              "visit_type": "online",
              "chief_complaint": "درد قفسه سینه",
              "description": "از دو روز پیش درد خفیفی در قفسه سینه دارم",
              "insurance_info": {
                "use_insurance": true,
                "provider": "تامین اجتماعی",
                "number": "1234567890"
              }
            }""";
    private static final String SETTINGS = """
            {
              "consultation_settings": {"online_consultation_enabled": true, "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000, "consultation_duration": 20, "buffer_time": 10},
              "availability": {"working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday"],
                "working_hours": {"start": "09:00", "end": "17:00"}, "break_times": [{"start": "12:00", "end": "13:00"}]},
              "accepted_insurances": ["تامین اجتماعی", "ایران"]
            }""";
    private static final Set<String> BOOKED_FIELDS = Set.of("id", "booking_reference", "doctor", "scheduled_at", "estimated_duration",
            "visit_type", "meeting_link", "status", "payment", "cancellation_policy");
    private static final Set<String> LISTED_FIELDS = Set.of("id", "booking_reference", "doctor", "scheduled_at", "chief_complaint",
            "status", "duration_minutes", "visit_type", "prescription", "soap_report", "total_cost", "insurance_share", "patient_share");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    private static String token(Http admin, String role, String first, String last) {
        String username = Accounts.createUser(admin, PASSWORD, "\"role\":\"" + role + "\",\"firstName\":\"" + first + "\",\"lastName\":\"" + last + "\"");
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        return token.json().getString("access") + " " + username;
    }

    private static Http bearer(String token, String language) {
        return new Http().with("Authorization", "Bearer " + token.split(" ")[0]).with("Accept-Language", language);
    }

    private static String booking(String doctorId, Instant at) {
        return BOOKING.replace("doctor_uuid", doctorId).replace("2024-01-25T15:00:00Z", at.toString());
    }

    /** A working day at least a week ahead, at {@code time} in Tehran. */
    private static Instant laterWorkingDay(LocalTime time) {
        LocalDate day = LocalDate.now(TEHRAN).plusDays(7);
        while (!WORKING.contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.atTime(time).atZone(TEHRAN).toInstant();
    }

    private static String nextAvailable(Http patient, String specialty) {
        Http.Reply found = patient.get("/api/v1/patients/doctors/search/?specialty=" + specialty);
        assertEquals(200, found.status(), found::toString);
        return found.json().getJsonArray("results").getJsonObject(0).getJsonObject("availability").getString("next_available");
    }

    @Test
    void patientsBookFreeSlotsOnlyAndListTheirOwnEncounters() throws Exception {
        Http admin = Accounts.admin();
        String specialty = "enc-" + UUID.randomUUID().toString().substring(0, 8);
        String doctorToken = token(admin, "doctor", "مریم", "رضایی");
        Http.Reply profile = admin.putJson("/api/admin/doctors/" + doctorToken.split(" ")[1] + "/profile",
                "{\"specialty\": {\"id\": \"" + specialty + "\", \"title\": \"متخصص قلب\"}}");
        assertEquals(200, profile.status(), profile::toString);
        String doctorId = profile.json().getString("id");
        Http.Reply settings = bearer(doctorToken, "fa").putJson("/api/v1/doctors/settings/", SETTINGS);
        assertEquals(200, settings.status(), settings::toString);
        String ali = token(admin, "patient", "علی", "محمدی");
        String reza = token(admin, "patient", "رضا", "کریمی");
        Http patient = bearer(ali, "fa");
        Http other = bearer(reza, "en");

        // the documented request for the doctor's next free visit
        Instant first = Instant.parse(nextAvailable(patient, specialty));
        Http.Reply booked = patient.postJson("/api/v1/patients/encounters/book/", booking(doctorId, first));
        assertEquals(201, booked.status(), booked::toString);
        JsonObject b = booked.json();
        assertEquals(BOOKED_FIELDS, b.keySet());
        assertEquals(UUID.fromString(b.getString("id")).toString(), b.getString("id"));
        assertTrue(b.getString("booking_reference").matches("HLS-\\d{4}-\\d{4}-\\d{4}-[2-9A-Z]{4}"), b::toString);
        assertTrue(b.getString("booking_reference").startsWith("HLS-" + first.toString().substring(0, 4) + "-"
                + first.toString().substring(5, 7) + first.toString().substring(8, 10) + "-"
                + first.toString().substring(11, 13) + first.toString().substring(14, 16) + "-"), b::toString);
        assertEquals(Json.createObjectBuilder().add("id", doctorId).add("name", "دکتر مریم رضایی").add("specialty", "متخصص قلب").build(),
                b.getJsonObject("doctor"));
        assertEquals(first.toString(), b.getString("scheduled_at"));
        assertEquals(20, b.getInt("estimated_duration"));
        assertEquals("online", b.getString("visit_type"));
        assertEquals(JsonValue.NULL, b.get("meeting_link"));
        assertEquals("pending", b.getString("status"));
        assertEquals(Json.createObjectBuilder().add("total_amount", 600000).add("insurance_discount", 360000).add("payable_amount", 240000)
                .add("payment_status", "pending").add("payment_url", JsonValue.NULL).build(), b.getJsonObject("payment"),
                "the online fee, 60% of it insured (the document's share)");
        assertEquals(Json.createObjectBuilder().add("free_cancellation_before", first.minus(Duration.ofDays(1)).toString())
                .add("cancellation_fee_percentage", 50).build(), b.getJsonObject("cancellation_policy"));

        // the doctor's next free visit moves past the booked one
        Instant moved = Instant.parse(nextAvailable(other, specialty));
        assertTrue(moved.isAfter(first), () -> moved + " is not after the booked " + first);

        // the same slot again: 409 in doc 003's shape, in Persian and English
        JsonObject fa = clinicError(patient.postJson("/api/v1/patients/encounters/book/", booking(doctorId, first)), 409, "APPOINTMENT_CONFLICT");
        assertEquals("تداخل زمانی با ویزیت دیگر", fa.getString("message"));
        JsonObject en = clinicError(other.postJson("/api/v1/patients/encounters/book/", booking(doctorId, first)), 409, "APPOINTMENT_CONFLICT");
        assertTrue(en.getString("message").startsWith("This time is not free"), en::toString);
        // a break, outside the hours, and the document's own (past) time
        clinicError(other.postJson("/api/v1/patients/encounters/book/", booking(doctorId, laterWorkingDay(LocalTime.of(12, 0)))),
                409, "APPOINTMENT_CONFLICT");
        clinicError(other.postJson("/api/v1/patients/encounters/book/", booking(doctorId, laterWorkingDay(LocalTime.of(18, 0)))),
                409, "APPOINTMENT_CONFLICT");
        clinicError(other.postJson("/api/v1/patients/encounters/book/", BOOKING.replace("doctor_uuid", doctorId)), 409, "APPOINTMENT_CONFLICT");
        clinicError(other.postJson("/api/v1/patients/encounters/book/", "{\"visit_type\": \"phone\"}"), 400, "VALIDATION_ERROR");
        clinicError(bearer(doctorToken, "fa").postJson("/api/v1/patients/encounters/book/", booking(doctorId, first)), 403, "FORBIDDEN");

        // eight at once for one free slot: exactly one booking
        Instant contested = laterWorkingDay(LocalTime.of(10, 0));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Reply>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Http.Reply> call = () -> bearer(reza, "en").postJson("/api/v1/patients/encounters/book/", booking(doctorId, contested));
            answers.add(pool.submit(call));
        }
        int created = 0;
        for (Future<Http.Reply> answer : answers) {
            Http.Reply reply = answer.get();
            if (reply.status() == 201) {
                created++;
            } else {
                clinicError(reply, 409, "APPOINTMENT_CONFLICT");
            }
        }
        pool.shutdown();
        assertEquals(1, created, "one of eight bookings of one slot");

        // an in-person visit without insurance: the whole in-person fee
        Instant inPerson = laterWorkingDay(LocalTime.of(14, 0));
        Http.Reply second = patient.postJson("/api/v1/patients/encounters/book/", "{\"doctor_id\": \"" + doctorId + "\", \"scheduled_at\": \""
                + inPerson + "\", \"visit_type\": \"in_person\", \"chief_complaint\": \"سردرد مداوم\"}");
        assertEquals(201, second.status(), second::toString);
        assertEquals(Json.createObjectBuilder().add("total_amount", 800000).add("insurance_discount", 0).add("payable_amount", 800000)
                .add("payment_status", "pending").add("payment_url", JsonValue.NULL).build(), second.json().getJsonObject("payment"));

        // Ali's list: newest first, paged, filtered; Reza's encounter is not in it
        String list = "/api/v1/patients/encounters/";
        JsonObject all = patient.get(list).json();
        assertEquals(Set.of("count", "next", "previous", "results"), all.keySet());
        assertEquals(2, all.getInt("count"));
        JsonArray results = all.getJsonArray("results");
        assertEquals(List.of(second.json().getString("id"), b.getString("id")),
                results.stream().map(v -> v.asJsonObject().getString("id")).toList());
        JsonObject listed = results.getJsonObject(1);
        assertEquals(LISTED_FIELDS, listed.keySet());
        assertEquals("درد قفسه سینه", listed.getString("chief_complaint"));
        assertEquals(20, listed.getInt("duration_minutes"));
        assertEquals(600000, listed.getInt("total_cost"));
        assertEquals(360000, listed.getInt("insurance_share"));
        assertEquals(240000, listed.getInt("patient_share"));
        assertEquals(Set.of("id", "name", "specialty", "profile_image"), listed.getJsonObject("doctor").keySet());

        JsonObject page1 = patient.get(list + "?page_size=1").json();
        assertEquals(2, page1.getInt("count"));
        assertEquals(JsonValue.NULL, page1.get("previous"));
        assertTrue(page1.getString("next").endsWith(list + "?page_size=1&page=2") || page1.getString("next").contains("page=2"), page1::toString);
        JsonObject page2 = patient.get(list + "?page_size=1&page=2").json();
        assertEquals(b.getString("id"), page2.getJsonArray("results").getJsonObject(0).getString("id"));
        assertEquals(JsonValue.NULL, page2.get("next"));
        assertFalse(page2.getString("previous").contains("page=2"), page2::toString);
        clinicError(patient.get(list + "?page_size=1&page=3"), 404, "NOT_FOUND");

        String day = LocalDate.ofInstant(inPerson, TEHRAN).toString();
        assertEquals(1, patient.get(list + "?from_date=" + day + "&to_date=" + day).json().getInt("count"));
        assertEquals(2, patient.get(list + "?status=pending&doctor_id=" + doctorId).json().getInt("count"));
        assertEquals(0, patient.get(list + "?status=cancelled").json().getInt("count"));
        assertEquals(0, patient.get(list + "?doctor_id=" + UUID.randomUUID()).json().getInt("count"));
        clinicError(patient.get(list + "?status=lost"), 400, "VALIDATION_ERROR");
        clinicError(patient.get(list + "?from_date=1403-13-01"), 400, "VALIDATION_ERROR");

        JsonObject theirs = other.get(list).json();
        assertEquals(1, theirs.getInt("count"), "Reza's one booking of the eight");
        String rezas = theirs.getJsonArray("results").getJsonObject(0).getString("id");
        assertFalse(results.stream().anyMatch(v -> v.asJsonObject().getString("id").equals(rezas)));
        assertEquals(contested.toString(), theirs.getJsonArray("results").getJsonObject(0).getString("scheduled_at"));

        // Ali cancels his in-person visit a week ahead: free, the slot is free again, and only once
        String cancel = list + second.json().getString("id") + "/cancel/";
        clinicError(other.postJson(cancel, "{}"), 404, "NOT_FOUND");
        Http.Reply cancelled = patient.postJson(cancel, "{}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        assertEquals("cancelled", cancelled.json().getString("status"));
        assertEquals(0, cancelled.json().getInt("cancellation_fee"));
        clinicError(patient.postJson(cancel, "{}"), 409, "CONFLICT");
        assertEquals(1, patient.get(list + "?status=cancelled").json().getInt("count"));
        Http.Reply rebooked = other.postJson("/api/v1/patients/encounters/book/", booking(doctorId, inPerson));
        assertEquals(201, rebooked.status(), rebooked::toString);

        // the doctor confirms and completes Ali's first visit; Ali rates it once, and the search counts it
        Http doctor = bearer(doctorToken, "en");
        String steps = "/api/v1/doctors/encounters/" + b.getString("id");
        clinicError(doctor.postJson(steps + "/complete/", "{}"), 409, "CONFLICT");
        clinicError(patient.postJson(steps + "/confirm/", "{}"), 403, "FORBIDDEN");
        clinicError(patient.postJson(list + b.getString("id") + "/rate/", "{\"score\": 5}"), 409, "CONFLICT");
        Http.Reply confirmed = doctor.postJson(steps + "/confirm/", "{}");
        assertEquals(200, confirmed.status(), confirmed::toString);
        assertEquals("confirmed", confirmed.json().getString("status"));
        Http.Reply completed = doctor.postJson(steps + "/complete/", "{}");
        assertEquals("completed", completed.json().getString("status"));
        clinicError(doctor.postJson("/api/v1/doctors/encounters/" + rezas + "/complete/", "{}"), 409, "CONFLICT");
        clinicError(patient.postJson(list + b.getString("id") + "/rate/", "{\"score\": 9}"), 400, "VALIDATION_ERROR");
        clinicError(other.postJson(list + b.getString("id") + "/rate/", "{\"score\": 4}"), 404, "NOT_FOUND");
        Http.Reply rated = patient.postJson(list + b.getString("id") + "/rate/", "{\"score\": 4}");
        assertEquals(201, rated.status(), rated::toString);
        assertEquals(Json.createObjectBuilder().add("encounter_id", b.getString("id")).add("score", 4).build(), rated.json());
        clinicError(patient.postJson(list + b.getString("id") + "/rate/", "{\"score\": 5}"), 409, "CONFLICT");
        JsonObject rating = patient.get("/api/v1/patients/doctors/search/?specialty=" + specialty).json()
                .getJsonArray("results").getJsonObject(0).getJsonObject("rating");
        assertEquals(Json.createObjectBuilder().add("average", 4.0).add("count", 1).build(), rating);
        assertEquals(1, patient.get(list + "?status=completed").json().getInt("count"));
    }
}
