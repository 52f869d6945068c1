package navaa.clinic.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.platform.control.FieldError;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Doc 003's {@code PUT /api/v1/doctors/settings/} body. Each of its four sections is
 * optional and, when sent, replaces that part of the settings whole, so each field of a
 * sent section is required. Times are Tehran's ({@link DoctorHours#ZONE}).
 */
public final class DoctorSettingsForm {

    public static final long MAX_FEE = 1_000_000_000_000L;
    static final int MAX_BREAKS = 10;
    static final int MAX_INSURANCES = 50;

    public record Consultation(boolean onlineEnabled, long onlineFee, long inPersonFee, int durationMinutes, int bufferMinutes) {
    }

    public record Availability(Set<DayOfWeek> days, LocalTime start, LocalTime end, List<DoctorHours.Break> breaks) {
    }

    public record Notifications(boolean reminders, boolean newAppointments, boolean cancellations, boolean payments) {
    }

    private final DoctorFields fields = new DoctorFields();
    private Consultation consultation;
    private Availability availability;
    private Notifications notifications;
    private List<String> insurances;

    private DoctorSettingsForm() {
    }

    public static DoctorSettingsForm read(JsonObject sent) {
        JsonObject body = sent == null ? JsonValue.EMPTY_JSON_OBJECT : sent;
        DoctorSettingsForm form = new DoctorSettingsForm();
        if (body.containsKey("consultation_settings")) {
            form.consultation(form.fields.object(body, "consultation_settings", "consultation_settings"));
        }
        if (body.containsKey("availability")) {
            form.availability(form.fields.object(body, "availability", "availability"));
        }
        if (body.containsKey("notification_preferences")) {
            form.notifications(form.fields.object(body, "notification_preferences", "notification_preferences"));
        }
        if (body.containsKey("accepted_insurances")) {
            form.insurances = form.fields.texts(body, "accepted_insurances", "accepted_insurances", MAX_INSURANCES, 100);
        }
        return form;
    }

    public Map<String, FieldError> errors() {
        return fields.errors();
    }

    public Optional<Consultation> consultation() {
        return Optional.ofNullable(consultation);
    }

    public Optional<Availability> availability() {
        return Optional.ofNullable(availability);
    }

    public Optional<Notifications> notifications() {
        return Optional.ofNullable(notifications);
    }

    public Optional<List<String>> insurances() {
        return Optional.ofNullable(insurances);
    }

    private void consultation(JsonObject section) {
        if (section == null) {
            return;
        }
        String at = "consultation_settings.";
        Boolean online = fields.bool(section, "online_consultation_enabled", at + "online_consultation_enabled");
        Long onlineFee = fields.number(section, "online_consultation_fee", at + "online_consultation_fee", 0, MAX_FEE);
        Long inPersonFee = fields.number(section, "in_person_consultation_fee", at + "in_person_consultation_fee", 0, MAX_FEE);
        Long duration = fields.number(section, "consultation_duration", at + "consultation_duration", 5, 240);
        Long buffer = fields.number(section, "buffer_time", at + "buffer_time", 0, 120);
        if (online != null && onlineFee != null && inPersonFee != null && duration != null && buffer != null) {
            consultation = new Consultation(online, onlineFee, inPersonFee, duration.intValue(), buffer.intValue());
        }
    }

    private void availability(JsonObject section) {
        if (section == null) {
            return;
        }
        Set<DayOfWeek> days = days(section);
        JsonObject hours = fields.object(section, "working_hours", "availability.working_hours");
        LocalTime start = hours == null ? null : fields.time(hours, "start", "availability.working_hours.start");
        LocalTime end = hours == null ? null : fields.time(hours, "end", "availability.working_hours.end");
        if (start != null && end != null && !start.isBefore(end)) {
            fields.error("availability.working_hours.end", "field.endAfterStart");
            return;
        }
        List<DoctorHours.Break> breaks = breaks(section, start, end);
        if (days != null && start != null && end != null && breaks != null) {
            availability = new Availability(days, start, end, breaks);
        }
    }

    private Set<DayOfWeek> days(JsonObject section) {
        List<String> names = fields.texts(section, "working_days", "availability.working_days", 7, 10);
        if (names == null) {
            return null;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            Optional<DayOfWeek> day = DoctorWeek.parse(name);
            if (day.isEmpty()) {
                fields.error("availability.working_days", "field.weekday");
                return null;
            }
            days.add(day.get());
        }
        return days;
    }

    /** Each break within the working hours, ending after it starts, overlapping no other; in order of start. */
    private List<DoctorHours.Break> breaks(JsonObject section, LocalTime open, LocalTime close) {
        if (!section.containsKey("break_times")) {
            return List.of();
        }
        List<JsonObject> sent = fields.objects(section, "break_times", "availability.break_times", MAX_BREAKS);
        if (sent == null || open == null || close == null) {
            return null;
        }
        List<DoctorHours.Break> breaks = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String at = "availability.break_times[" + i + "].";
            LocalTime start = fields.time(sent.get(i), "start", at + "start");
            LocalTime end = fields.time(sent.get(i), "end", at + "end");
            if (start == null || end == null) {
                return null;
            }
            if (!start.isBefore(end) || start.isBefore(open) || end.isAfter(close)) {
                fields.error(at + "end", "field.breakWithinHours");
                return null;
            }
            breaks.add(new DoctorHours.Break(start, end));
        }
        breaks.sort(Comparator.comparing(DoctorHours.Break::start));
        for (int i = 1; i < breaks.size(); i++) {
            if (breaks.get(i).start().isBefore(breaks.get(i - 1).end())) {
                fields.error("availability.break_times", "field.breaksOverlap");
                return null;
            }
        }
        return breaks;
    }

    private void notifications(JsonObject section) {
        if (section == null) {
            return;
        }
        String at = "notification_preferences.";
        Boolean reminders = fields.bool(section, "appointment_reminders", at + "appointment_reminders");
        Boolean created = fields.bool(section, "new_appointments", at + "new_appointments");
        Boolean cancelled = fields.bool(section, "cancellations", at + "cancellations");
        Boolean payments = fields.bool(section, "payment_notifications", at + "payment_notifications");
        if (reminders != null && created != null && cancelled != null && payments != null) {
            notifications = new Notifications(reminders, created, cancelled, payments);
        }
    }
}
