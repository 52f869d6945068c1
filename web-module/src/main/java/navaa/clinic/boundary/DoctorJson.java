package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.clinic.control.DoctorView;
import navaa.clinic.control.DoctorWeek;
import navaa.clinic.entity.DoctorProfile;
import navaa.clinic.entity.DoctorVisits;
import navaa.identity.entity.Account;
import navaa.platform.control.Messages;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A doctor in doc 003's words: the search result, the profile (the result and the names) and the settings body. */
final class DoctorJson {

    private DoctorJson() {
    }

    /** Doc 003, GET /api/v1/patients/doctors/search/: one of {@code results}. */
    static JsonObjectBuilder card(DoctorView v, Locale locale, String photoUrl) {
        DoctorProfile p = v.profile();
        DoctorProfile.Specialty specialty = p.specialty();
        DoctorProfile.Location location = p.location();
        return Json.createObjectBuilder()
                .add("id", v.account().getUuid())
                .add("name", Messages.text("doctor.title", locale, fullName(v.account())))
                .add("specialty", specialty.code() == null ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("id", specialty.code()).add("title", text(specialty.title())).build())
                .add("medical_council_number", text(specialty.councilNumber()))
                .add("experience_years", specialty.experienceYears() == null ? JsonValue.NULL : Json.createValue(specialty.experienceYears()))
                .add("rating", Json.createObjectBuilder()
                        .add("average", Math.round(v.ratingAverage() * 10) / 10.0).add("count", v.ratingCount()))
                .add("consultation_fee", amount(p.getVisits().getInPersonFee()))
                .add("online_consultation_fee", amount(p.getVisits().getOnlineFee()))
                .add("profile_image", v.hasPhoto() ? Json.createValue(photoUrl) : JsonValue.NULL)
                .add("location", Json.createObjectBuilder()
                        .add("province", text(location.province())).add("city", text(location.city())).add("address", text(location.address())))
                .add("availability", Json.createObjectBuilder()
                        .add("online", p.getVisits().isOnlineEnabled())
                        .add("in_person", v.inPerson())
                        .add("next_available", v.nextAvailable().map(DoctorJson::timestamp).map(Json::createValue)
                                .map(JsonValue.class::cast).orElse(JsonValue.NULL)))
                .add("languages", texts(p.getLanguages()))
                .add("accepted_insurances", texts(p.getInsurances()));
    }

    /** The doctor's own profile (an extension): the search result with the names and gender it is edited by. */
    static JsonObject profile(DoctorView v, Locale locale, String photoUrl) {
        Account a = v.account();
        return card(v, locale, photoUrl)
                .add("first_name", a.getFirstName() == null ? "" : a.getFirstName())
                .add("last_name", a.getLastName() == null ? "" : a.getLastName())
                .add("gender", text(v.profile().getGender()))
                .build();
    }

    /** Doc 003, PUT /api/v1/doctors/settings/: the body's four sections as stored. */
    static JsonObject settings(DoctorProfile p) {
        DoctorVisits visits = p.getVisits();
        DoctorVisits.Week week = visits.week();
        JsonArrayBuilder breaks = Json.createArrayBuilder();
        p.getBreaks().forEach(b -> breaks.add(Json.createObjectBuilder()
                .add("start", DoctorView.time(b.getStart()).toString()).add("end", DoctorView.time(b.getEnd()).toString())));
        return Json.createObjectBuilder()
                .add("consultation_settings", Json.createObjectBuilder()
                        .add("online_consultation_enabled", visits.isOnlineEnabled())
                        .add("online_consultation_fee", amount(visits.getOnlineFee()))
                        .add("in_person_consultation_fee", amount(visits.getInPersonFee()))
                        .add("consultation_duration", week.durationMinutes())
                        .add("buffer_time", week.bufferMinutes()))
                .add("availability", Json.createObjectBuilder()
                        .add("working_days", texts(DoctorWeek.names(DoctorWeek.split(week.days()))))
                        .add("working_hours", Json.createObjectBuilder()
                                .add("start", hour(week.start())).add("end", hour(week.end())))
                        .add("break_times", breaks))
                .add("notification_preferences", Json.createObjectBuilder()
                        .add("appointment_reminders", p.getNotifications().isReminders())
                        .add("new_appointments", p.getNotifications().isNewAppointments())
                        .add("cancellations", p.getNotifications().isCancellations())
                        .add("payment_notifications", p.getNotifications().isPayments()))
                .add("accepted_insurances", texts(p.getInsurances()))
                .build();
    }

    /** "2024-01-21T10:00:00Z", as doc 003 writes times. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String fullName(Account a) {
        String name = Stream.of(a.getFirstName(), a.getLastName()).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? a.getUsername() : name;
    }

    private static JsonValue hour(Integer minutes) {
        return minutes == null ? JsonValue.NULL : Json.createValue(DoctorView.time(minutes).toString());
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue amount(Long value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonArrayBuilder texts(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }
}
