package navaa.admin.control;

import navaa.jobs.control.JobKind;
import navaa.jobs.entity.JobState;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console's job filters, checked: a state by its wire word, a kind by its name, in any case (e.g. {@code denoise}),
 * an owner's username, and a 1-based page of at most {@link #MAX_SIZE} jobs.
 */
public record JobQuery(Optional<JobState> state, Optional<JobKind> kind, Optional<String> owner, int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    private static final int MAX_PAGE = 1_000_000;

    /** From the query parameters as sent; blank means "any". */
    public static JobQuery of(String state, String kind, String owner, String page, String size) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        Optional<JobState> wantedState = blank(state) ? Optional.empty() : Arrays.stream(JobState.values())
                .filter(s -> s.value().equals(state.strip().toLowerCase(Locale.ROOT))).findFirst();
        if (!blank(state) && wantedState.isEmpty()) {
            errors.put("state", FieldError.of("field.jobState"));
        }
        Optional<JobKind> wantedKind = blank(kind) ? Optional.empty() : Arrays.stream(JobKind.values())
                .filter(k -> k.name().equalsIgnoreCase(kind.strip())).findFirst();
        if (!blank(kind) && wantedKind.isEmpty()) {
            errors.put("kind", FieldError.of("field.jobKind"));
        }
        int pageNumber = number(page, 1, MAX_PAGE, 1, "page", errors);
        int pageSize = number(size, 1, MAX_SIZE, DEFAULT_SIZE, "size", errors);
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
        return new JobQuery(wantedState, wantedKind,
                blank(owner) ? Optional.empty() : Optional.of(owner.strip()),
                pageNumber, pageSize);
    }

    /** The index of this page's first job among all that match. */
    public int firstResult() {
        return (page - 1) * size;
    }

    private static int number(String text, int min, int max, int absent, String field, Map<String, FieldError> errors) {
        if (blank(text)) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number out of range
        }
        errors.put(field, FieldError.of("field.range", min, max));
        return absent;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
