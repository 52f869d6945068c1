package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Doc 003's encounter list parameters, checked: {@code status}, {@code from_date} and
 * {@code to_date} (Gregorian YYYY-MM-DD as the document's example, whole days in Tehran,
 * both included), {@code doctor_id}, {@code page} and {@code page_size} (1 to 100, default 20).
 */
public record EncounterFilter(String status, LocalDate from, LocalDate to, String doctorId, int page, int pageSize) {

    public static final List<String> STATUSES = List.of("pending", "confirmed", "completed", "cancelled");

    public record Result(EncounterFilter filter, Map<String, FieldError> errors) {
    }

    public static Result read(Map<String, String> query) {
        QueryReader reader = new QueryReader(query);
        String status = reader.parsed("status", s -> STATUSES.contains(s) ? s : null, "field.encounterStatus");
        LocalDate from = reader.parsed("from_date", EncounterFilter::date, "field.date");
        LocalDate to = reader.parsed("to_date", EncounterFilter::date, "field.date");
        String doctorId = reader.text("doctor_id", 100);
        PageRequest page = PageRequest.read(reader);
        EncounterFilter filter = new EncounterFilter(status, from, to, doctorId, page.page(), page.pageSize());
        return new Result(filter, reader.errors());
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
