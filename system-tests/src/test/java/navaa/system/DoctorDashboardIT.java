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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static navaa.system.Checks.clinicError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 003's doctor dashboard end to end: a doctor who works every hour of every day, two
 * patients signed in by OTP with Jalali birth dates, visits booked over the next hours
 * (and one a week on), some confirmed, completed, rated and cancelled; the dashboard's
 * figures, upcoming visits and notifications (in Persian and English) are exactly what the
 * test made. Today and the week are Tehran's (the week from Saturday), worked out here from
 * the visits' times, so the test holds at any hour: a visit past Tehran's midnight counts
 * tomorrow.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoctorDashboardIT {

    private static final String PASSWORD = "dashboard-it-pw";
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DASHBOARD = "/api/v1/doctors/dashboard/";
    private static final String BOOK = "/api/v1/patients/encounters/book/";
    /** Visits at any time of any day (the hours end at 23:59, so a visit must end by then), 20 minutes, no rest between. */
    private static final String SETTINGS = """
            {
              "consultation_settings": {"online_consultation_enabled": true, "online_consultation_fee": 600000,
                "in_person_consultation_fee": 800000, "consultation_duration": 20, "buffer_time": 0},
              "availability": {"working_days": ["saturday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"],
                "working_hours": {"start": "00:00", "end": "23:59"}, "break_times": []},
              "notification_preferences": {"appointment_reminders": true, "new_appointments": true, "cancellations": true,
                "payment_notifications": true},
              "accepted_insurances": ["تامین اجتماعی"]
            }""";

    /** A visit the test made and what it did with it. */
    private record Visit(String id, String patient, Instant at, String visitType, String complaint, String status,
                         long total, long fee) {

        Visit as(String newStatus, long cancellationFee) {
            return new Visit(id, patient, at, visitType, complaint, newStatus, total, cancellationFee);
        }
    }

    /** A patient signed in by OTP: the access token, doc 003's user id, the phone-made username. */
    private record Patient(String access, String id, String username, String name) {
    }

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    private static Http bearer(String access, String language) {
        return new Http().with("Authorization", "Bearer " + access).with("Accept-Language", language);
    }

    private static String doctorToken(Http admin, String username) {
        Http.Reply token = new Http().postJson("/api/v1/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        return token.json().getString("access");
    }

    /** A new phone number signs in by OTP and fills in its profile. */
    private static Patient patient(Http admin, String first, String last, String born, String gender) {
        String local = ClinicOtp.newLocalNumber();
        Http.Reply sent = ClinicOtp.request(new Http(), local, "sms", "fa");
        assertEquals(200, sent.status(), sent::toString);
        Http.Reply signedIn = ClinicOtp.verify(new Http(), ClinicOtp.e164(local), ClinicOtp.code(ClinicOtp.newestMessage(admin, local)), "fa");
        assertEquals(200, signedIn.status(), signedIn::toString);
        JsonObject user = signedIn.json().getJsonObject("user");
        String access = signedIn.json().getString("access");
        Http.Reply profile = bearer(access, "fa").putJson("/api/v1/patients/profile/", "{\"first_name\":\"" + first + "\",\"last_name\":\""
                + last + "\",\"national_id\":\"0012345678\",\"date_of_birth\":\"" + born + "\",\"gender\":\"" + gender + "\"}");
        assertEquals(200, profile.status(), profile::toString);
        return new Patient(access, user.getString("id"), user.getString("username"), first + " " + last);
    }

    /**
     * {@code minutes} from {@code base}, unless that visit would not end by 23:59 in Tehran
     * (the doctor's hours): then the next day, as many minutes after 01:00.
     */
    private static Instant slot(Instant base, int minutes) {
        Instant at = base.plus(minutes, ChronoUnit.MINUTES);
        LocalDateTime local = LocalDateTime.ofInstant(at, TEHRAN);
        if (!local.toLocalDate().equals(LocalDateTime.ofInstant(at.plus(20, ChronoUnit.MINUTES), TEHRAN).toLocalDate())
                || local.toLocalTime().isAfter(LocalTime.of(23, 39))) {
            return local.toLocalDate().plusDays(1).atTime(1, 0).plusMinutes(minutes).atZone(TEHRAN).toInstant();
        }
        return at;
    }

    private static Visit book(Patient p, String doctorId, Instant at, boolean online) {
        String body = online
                ? "{\"doctor_id\":\"" + doctorId + "\",\"scheduled_at\":\"" + at + "\",\"visit_type\":\"online\",\"chief_complaint\":\"سرفه مداوم\","
                  + "\"insurance_info\":{\"use_insurance\":true,\"provider\":\"تامین اجتماعی\",\"number\":\"1234567890\"}}"
                : "{\"doctor_id\":\"" + doctorId + "\",\"scheduled_at\":\"" + at + "\",\"visit_type\":\"in_person\",\"chief_complaint\":\"سردرد\"}";
        Http.Reply booked = bearer(p.access(), "fa").postJson(BOOK, body);
        assertEquals(201, booked.status(), booked::toString);
        JsonObject b = booked.json();
        return new Visit(b.getString("id"), p.id(), at, online ? "online" : "in_person", online ? "سرفه مداوم" : "سردرد", "pending",
                b.getJsonObject("payment").getJsonNumber("total_amount").longValue(), 0);
    }

    private static void step(Http doctor, Visit v, String step) {
        Http.Reply moved = doctor.postJson("/api/v1/doctors/encounters/" + v.id() + "/" + step + "/", "{}");
        assertEquals(200, moved.status(), moved::toString);
    }

    private static void rate(Patient p, Visit v, int score) {
        Http.Reply rated = bearer(p.access(), "fa").postJson("/api/v1/patients/encounters/" + v.id() + "/rate/", "{\"score\": " + score + "}");
        assertEquals(201, rated.status(), rated::toString);
    }

    /** What the dashboard must say of these visits in the period {@code [start, end)}: total, completed, pending, cancelled, revenue. */
    private static long[] figures(List<Visit> visits, Instant start, Instant end) {
        long[] f = new long[5];
        for (Visit v : visits) {
            if (v.at().isBefore(start) || !v.at().isBefore(end)) {
                continue;
            }
            f[0]++;
            switch (v.status()) {
                case "completed" -> {
                    f[1]++;
                    f[4] += v.total();
                }
                case "cancelled" -> {
                    f[3]++;
                    f[4] += v.fee();
                }
                default -> f[2]++;
            }
        }
        return f;
    }

    /**
     * The Jalali year of a Tehran day: Nowruz is 20 or 21 March, so on 20 March either may be
     * right (both are allowed); on every other day the year is certain.
     */
    private static Set<Integer> jalaliYears(LocalDate day) {
        LocalDate nowruz = LocalDate.of(day.getYear(), 3, 21);
        if (day.equals(nowruz.minusDays(1))) {
            return Set.of(day.getYear() - 621, day.getYear() - 622);
        }
        return Set.of(day.isBefore(nowruz) ? day.getYear() - 622 : day.getYear() - 621);
    }

    @Test
    void theDashboardShowsExactlyWhatTheDoctorsPatientsDid() {
        Http admin = Accounts.admin();
        String doctorName = Accounts.createUser(admin, PASSWORD, "\"role\":\"doctor\",\"firstName\":\"مریم\",\"lastName\":\"رضایی\"");
        Http.Reply profile = admin.putJson("/api/admin/doctors/" + doctorName + "/profile",
                "{\"specialty\": {\"id\": \"dash-" + UUID.randomUUID().toString().substring(0, 8) + "\", \"title\": \"پزشک عمومی\"}}");
        assertEquals(200, profile.status(), profile::toString);
        String doctorId = profile.json().getString("id");
        String doctorAccess = doctorToken(admin, doctorName);
        Http doctorFa = bearer(doctorAccess, "fa");
        Http doctorEn = bearer(doctorAccess, "en");
        Http.Reply settings = doctorFa.putJson("/api/v1/doctors/settings/", SETTINGS);
        assertEquals(200, settings.status(), settings::toString);

        Patient ali = patient(admin, "علی", "محمدی", "1370-01-01", "male");
        Patient sara = patient(admin, "سارا", "کریمی", "1385-01-01", "female");

        // a fresh doctor's dashboard: nothing yet
        Http.Reply empty = doctorEn.get(DASHBOARD);
        assertEquals(200, empty.status(), empty::toString);
        assertEquals(Json.createObjectBuilder()
                .add("today_stats", Json.createObjectBuilder().add("total_appointments", 0).add("completed", 0).add("pending", 0)
                        .add("cancelled", 0).add("revenue", 0))
                .add("week_stats", Json.createObjectBuilder().add("total_appointments", 0).add("average_rating", JsonValue.NULL)
                        .add("total_revenue", 0))
                .add("upcoming_appointments", Json.createArrayBuilder())
                .add("notifications", Json.createArrayBuilder()).build(), empty.json());

        // visits over the next hours: A soon (its reminder), B and G held and rated, C cancelled late, D confirmed;
        // E eight days on (never this week's)
        Instant base = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES);
        Visit a = book(ali, doctorId, slot(base, 10), false);
        Visit b = book(ali, doctorId, slot(base, 40), false);
        Visit c = book(sara, doctorId, slot(base, 70), true);
        Visit d = book(sara, doctorId, slot(base, 100), false);
        Instant later = LocalDate.now(TEHRAN).plusDays(8).atTime(10, 0).atZone(TEHRAN).toInstant();
        Visit e = book(ali, doctorId, later, true);
        Visit g = book(sara, doctorId, slot(base, 130), false);
        assertEquals(800000, b.total());
        assertEquals(600000, c.total(), "the online fee; the insurer's share is still the doctor's revenue");

        step(doctorEn, b, "confirm");
        step(doctorEn, b, "complete");
        rate(ali, b, 5);
        step(doctorEn, g, "confirm");
        step(doctorEn, g, "complete");
        rate(sara, g, 4);
        step(doctorEn, d, "confirm");
        Http.Reply cancelled = bearer(sara.access(), "en").postJson("/api/v1/patients/encounters/" + c.id() + "/cancel/", "{}");
        assertEquals(200, cancelled.status(), cancelled::toString);
        long fee = cancelled.json().getJsonNumber("cancellation_fee").longValue();
        assertEquals(120000, fee, "within a day of the visit: half of Sara's 240000 share");
        List<Visit> visits = List.of(a, b.as("completed", 0), c.as("cancelled", fee), d.as("confirmed", 0), e, g.as("completed", 0));

        Instant now = Instant.now();
        JsonObject fa = doctorFa.get(DASHBOARD).json();
        JsonObject en = doctorEn.get(DASHBOARD).json();
        assertEquals(Set.of("today_stats", "week_stats", "upcoming_appointments", "notifications"), fa.keySet());

        // today and the week, as the test made them
        LocalDate today = LocalDate.ofInstant(now, TEHRAN);
        long[] day = figures(visits, today.atStartOfDay(TEHRAN).toInstant(), today.plusDays(1).atStartOfDay(TEHRAN).toInstant());
        LocalDate saturday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        long[] week = figures(visits, saturday.atStartOfDay(TEHRAN).toInstant(), saturday.plusDays(7).atStartOfDay(TEHRAN).toInstant());
        assertEquals(Json.createObjectBuilder().add("total_appointments", day[0]).add("completed", day[1]).add("pending", day[2])
                .add("cancelled", day[3]).add("revenue", day[4]).build(), fa.getJsonObject("today_stats"));
        assertEquals(Json.createObjectBuilder().add("total_appointments", week[0]).add("average_rating", 4.5)
                .add("total_revenue", week[4]).build(), fa.getJsonObject("week_stats"), "ratings 5 and 4, both given this week");
        if (LocalDate.ofInstant(g.at(), TEHRAN).equals(today)) {
            // the usual hours: every visit but E is today's
            assertEquals(Json.createObjectBuilder().add("total_appointments", 5).add("completed", 2).add("pending", 2)
                    .add("cancelled", 1).add("revenue", 800000 + 800000 + 120000).build(), fa.getJsonObject("today_stats"));
        }

        // the next visits still to be held: A, D, then E; each with its patient's Jalali age and record number
        JsonArray upcoming = fa.getJsonArray("upcoming_appointments");
        assertEquals(List.of(a.id(), d.id(), e.id()), upcoming.stream().map(v -> v.asJsonObject().getString("id")).toList());
        JsonObject first = upcoming.getJsonObject(0);
        assertEquals(Set.of("id", "patient", "scheduled_at", "chief_complaint", "visit_type", "status"), first.keySet());
        assertEquals(a.at().toString(), first.getString("scheduled_at"));
        assertEquals("سردرد", first.getString("chief_complaint"));
        assertEquals("in_person", first.getString("visit_type"));
        assertEquals("pending", first.getString("status"));
        JsonObject second = upcoming.getJsonObject(1);
        assertEquals("confirmed", second.getString("status"));
        JsonObject third = upcoming.getJsonObject(2);
        assertEquals(List.of(later.toString(), "online", "سرفه مداوم", "pending"), List.of(third.getString("scheduled_at"),
                third.getString("visit_type"), third.getString("chief_complaint"), third.getString("status")));

        JsonObject aliThere = first.getJsonObject("patient");
        JsonObject saraThere = second.getJsonObject("patient");
        assertEquals(Set.of("id", "name", "age", "gender", "medical_record_number"), aliThere.keySet());
        assertEquals(ali.id(), aliThere.getString("id"));
        assertEquals("علی محمدی", aliThere.getString("name"));
        assertEquals("male", aliThere.getString("gender"));
        assertEquals(sara.id(), saraThere.getString("id"));
        assertEquals("سارا کریمی", saraThere.getString("name"));
        assertEquals("female", saraThere.getString("gender"));
        // born on the first day of their Jalali years: as old as the years since
        Set<Integer> years = jalaliYears(today);
        assertTrue(years.contains(aliThere.getInt("age") + 1370), aliThere::toString);
        assertTrue(years.contains(saraThere.getInt("age") + 1385), saraThere::toString);
        assertEquals(aliThere, third.getJsonObject("patient"), "one patient, one record number");
        assertEquals(en.getJsonArray("upcoming_appointments"), upcoming, "nothing in the list depends on the language");

        // notifications, newest first: the cancellation, the six bookings, then A's reminder (made half an hour before A)
        JsonArray notesFa = fa.getJsonArray("notifications");
        JsonArray notesEn = en.getJsonArray("notifications");
        // (past 23:30 in Tehran A is tomorrow's, too far off for a reminder)
        boolean reminded = !a.at().isAfter(now.plus(30, ChronoUnit.MINUTES));
        List<String> types = new ArrayList<>(List.of("appointment_cancelled", "new_appointment", "new_appointment", "new_appointment",
                "new_appointment", "new_appointment", "new_appointment"));
        if (reminded) {
            types.add("appointment_reminder");
        }
        assertEquals(types, notesFa.stream().map(n -> n.asJsonObject().getString("type")).toList());
        List<Visit> told = List.of(c, g, e, d, c, b, a);
        for (int i = 0; i < told.size(); i++) {
            JsonObject noteFa = notesFa.getJsonObject(i);
            JsonObject noteEn = notesEn.getJsonObject(i);
            assertEquals(Set.of("id", "type", "message", "created_at", "is_read"), noteFa.keySet());
            assertEquals(noteFa.getString("id"), noteEn.getString("id"));
            assertTrue(noteFa.getString("id").matches(Checks.UUID.pattern()), noteFa::toString);
            assertFalse(noteFa.getBoolean("is_read"));
            Instant made = Instant.parse(noteFa.getString("created_at"));
            assertTrue(!made.isBefore(base.minus(3, ChronoUnit.MINUTES)) && !made.isAfter(now), noteFa::toString);
            Visit v = told.get(i);
            String who = v.patient().equals(ali.id()) ? ali.name() : sara.name();
            LocalDateTime local = LocalDateTime.ofInstant(v.at(), TEHRAN);
            String clock = CLOCK.format(local);
            if (i == 0) {
                assertEquals(who + " cancelled the visit on " + local.toLocalDate() + " at " + clock + " Tehran time", noteEn.getString("message"));
                assertTrue(noteFa.getString("message").matches(who + " ویزیت \\d{4}-\\d\\d-\\d\\d ساعت " + clock + " را لغو کرد"), noteFa::toString);
            } else {
                assertEquals("New appointment: " + who + " booked a visit on " + local.toLocalDate() + " at " + clock + " Tehran time",
                        noteEn.getString("message"));
                assertTrue(noteFa.getString("message").matches("نوبت جدید: " + who + " برای \\d{4}-\\d\\d-\\d\\d ساعت " + clock + " نوبت گرفت"),
                        noteFa::toString);
            }
        }
        // the Jalali day of the visit in the Persian text: the year is this Jalali year's (or the next's, past Nowruz)
        String jalaliDay = notesFa.getJsonObject(6).getString("message").replaceAll(".* برای (\\d{4}-\\d\\d-\\d\\d) ساعت.*", "$1");
        assertTrue(jalaliYears(LocalDate.ofInstant(a.at(), TEHRAN)).contains(Integer.parseInt(jalaliDay.substring(0, 4))), jalaliDay);
        if (reminded) {
            reminder(notesFa.getJsonObject(7), notesEn.getJsonObject(7), a);
        }

        // the read extension: the doctor's own stored notification only
        String cancellation = notesFa.getJsonObject(0).getString("id");
        String read = "/api/v1/doctors/notifications/" + cancellation + "/read/";
        String otherDoctor = Accounts.createUser(admin, PASSWORD, "\"role\":\"doctor\",\"firstName\":\"رضا\",\"lastName\":\"نوری\"");
        Http other = bearer(doctorToken(admin, otherDoctor), "fa");
        clinicError(other.postJson(read, "{}"), 404, "NOT_FOUND");
        clinicError(doctorFa.postJson("/api/v1/doctors/notifications/reminder-" + a.id() + "/read/", "{}"), 404, "NOT_FOUND");
        clinicError(doctorFa.postJson("/api/v1/doctors/notifications/" + UUID.randomUUID() + "/read/", "{}"), 404, "NOT_FOUND");
        clinicError(bearer(ali.access(), "fa").postJson(read, "{}"), 403, "FORBIDDEN");
        assertEquals(401, new Http().postJson(read, "{}").status());
        Http.Reply marked = doctorEn.postJson(read, "{}");
        assertEquals(200, marked.status(), marked::toString);
        assertEquals(notesEn.getJsonObject(0).getString("message"), marked.json().getString("message"));
        assertTrue(marked.json().getBoolean("is_read"));
        JsonArray after = doctorFa.get(DASHBOARD).json().getJsonArray("notifications");
        List<Boolean> readFlags = new ArrayList<>();
        after.forEach(n -> readFlags.add(n.asJsonObject().getBoolean("is_read")));
        assertEquals(types.size(), readFlags.size());
        assertEquals(List.of(true), readFlags.subList(0, 1), "the cancellation's, now read");
        assertFalse(readFlags.subList(1, readFlags.size()).contains(true), "the rest as they were");

        // the other doctor sees none of it; a patient and a stranger are refused
        JsonObject theirs = other.get(DASHBOARD).json();
        assertEquals(0, theirs.getJsonObject("week_stats").getInt("total_appointments"));
        assertEquals(0, theirs.getJsonArray("notifications").size());
        clinicError(bearer(sara.access(), "en").get(DASHBOARD), 403, "FORBIDDEN");
        clinicError(new Http().get(DASHBOARD), 401, "UNAUTHORIZED");

        // the record numbers are MRN and the account numbers: read through a password an admin gives each patient
        // (last, as a new password ends the OTP tokens)
        assertEquals(String.format("MRN%06d", accountNumber(admin, ali)), aliThere.getString("medical_record_number"));
        assertEquals(String.format("MRN%06d", accountNumber(admin, sara)), saraThere.getString("medical_record_number"));
    }

    /** A's reminder, worked out when read: made half an hour before A, never read, the minutes left in each language. */
    private static void reminder(JsonObject reminderFa, JsonObject reminderEn, Visit a) {
        assertEquals("reminder-" + a.id(), reminderFa.getString("id"));
        assertEquals(a.at().minus(30, ChronoUnit.MINUTES).toString(), reminderFa.getString("created_at"));
        assertFalse(reminderFa.getBoolean("is_read"));
        assertTrue(reminderFa.getString("message").matches("ویزیت بعدی شما \\d{1,2} دقیقه دیگر شروع می‌شود"), reminderFa::toString);
        assertTrue(reminderEn.getString("message").matches("Your next visit starts in \\d{1,2} minutes"), reminderEn::toString);
        long minutes = Long.parseLong(reminderEn.getString("message").replaceAll("\\D", ""));
        assertTrue(minutes >= 1 && minutes <= 30, reminderEn::toString);
    }

    /** The patient's account number, as doc 000's login answers it. */
    private static long accountNumber(Http admin, Patient p) {
        Http.Reply reset = admin.putJson("/api/admin/users/" + p.username(), "{\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, reset.status(), reset::toString);
        Http.Reply login = new Http().postForm("/accounts/login/", Map.of("username", p.username(), "password", PASSWORD));
        assertEquals(200, login.status(), login::toString);
        return login.json().getJsonObject("user").getJsonNumber("id").longValue();
    }
}
