package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.clinic.control.DashboardFigures;
import navaa.clinic.control.DoctorNotices;
import navaa.clinic.control.MedicalRecordNumber;
import navaa.clinic.control.NotificationText;
import navaa.clinic.control.PatientAge;
import navaa.clinic.control.PersonNames;
import navaa.clinic.control.DoctorHours;
import navaa.clinic.entity.Encounter;
import navaa.clinic.entity.PatientProfile;
import navaa.identity.entity.Account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** Doc 003's doctor dashboard, field by field; what a patient never told is null. */
final class DashboardJson {

    private DashboardJson() {
    }

    /** Doc 003, GET /api/v1/doctors/dashboard/: the 200 body. */
    static JsonObject of(DoctorDashboard.View v, Locale locale) {
        DashboardFigures.Counts today = v.today();
        DashboardFigures.Counts week = v.week();
        LocalDate day = v.now().atZone(DoctorHours.ZONE).toLocalDate();
        JsonArrayBuilder upcoming = Json.createArrayBuilder();
        v.upcoming().forEach(u -> upcoming.add(upcoming(u, day)));
        JsonArrayBuilder notifications = Json.createArrayBuilder();
        v.notifications().forEach(n -> notifications.add(notification(n, v.now(), locale)));
        return Json.createObjectBuilder()
                .add("today_stats", Json.createObjectBuilder()
                        .add("total_appointments", today.total())
                        .add("completed", today.completed())
                        .add("pending", today.pending())
                        .add("cancelled", today.cancelled())
                        .add("revenue", today.revenue()))
                .add("week_stats", Json.createObjectBuilder()
                        .add("total_appointments", week.total())
                        .add("average_rating", v.weekRating() == null ? JsonValue.NULL : Json.createValue(v.weekRating()))
                        .add("total_revenue", week.revenue()))
                .add("upcoming_appointments", upcoming)
                .add("notifications", notifications)
                .build();
    }

    /** One of {@code notifications}, its message in the reader's language. */
    static JsonObject notification(DoctorNotices.Notice n, Instant now, Locale locale) {
        return Json.createObjectBuilder()
                .add("id", n.id())
                .add("type", n.type())
                .add("message", NotificationText.of(n, now, locale))
                .add("created_at", DoctorJson.timestamp(n.createdAt()))
                .add("is_read", n.read())
                .build();
    }

    private static JsonObject upcoming(DoctorDashboard.Upcoming u, LocalDate today) {
        Encounter e = u.encounter();
        Account a = u.patient();
        PatientProfile p = u.profile();
        Integer age = p == null ? null : PatientAge.years(p.getDateOfBirth(), today);
        return Json.createObjectBuilder()
                .add("id", e.getUuid())
                .add("patient", Json.createObjectBuilder()
                        .add("id", a.getUuid())
                        .add("name", text(PersonNames.full(a.getFirstName(), a.getLastName())))
                        .add("age", age == null ? JsonValue.NULL : Json.createValue(age))
                        .add("gender", text(p == null ? null : p.getGender()))
                        .add("medical_record_number", MedicalRecordNumber.of(a.getId())))
                .add("scheduled_at", DoctorJson.timestamp(e.getScheduledAt()))
                .add("chief_complaint", text(e.getChiefComplaint()))
                .add("visit_type", e.getVisitType())
                .add("status", e.getStatus())
                .build();
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
