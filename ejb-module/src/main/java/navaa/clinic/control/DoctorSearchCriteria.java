package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Doc 003's doctor search parameters, checked: {@code q}, {@code specialty}, {@code city},
 * {@code gender}, {@code online_available}, {@code insurance_accepted}, {@code min_rating}
 * (1 to 5), {@code sort_by}, {@code page}, and {@code page_size} (an extension, 1 to 100).
 * A parameter sent empty counts as not sent, as Django's filters take it.
 */
public record DoctorSearchCriteria(String text, String specialty, String city, String gender, Boolean online,
                                   String insurer, BigDecimal minRating, DoctorSort sort, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    /** The criteria of the query parameters, or what is wrong with them by parameter. */
    public static Result read(Map<String, String> query) {
        QueryReader reader = new QueryReader(query);
        DoctorSearchCriteria criteria = new DoctorSearchCriteria(
                reader.text("q", 100), reader.text("specialty", 50), reader.text("city", 100),
                reader.parsed("gender", g -> DoctorProfileForm.GENDERS.contains(g) ? g : null, "field.gender"),
                reader.parsed("online_available", DoctorSearchCriteria::bool, "field.boolean"),
                reader.text("insurance_accepted", 100),
                reader.parsed("min_rating", DoctorSearchCriteria::rating, "field.rating"),
                reader.parsed("sort_by", s -> DoctorSort.parse(s).orElse(null), "field.sortBy"),
                Optional.ofNullable(reader.parsed("page", s -> QueryReader.number(s, Integer.MAX_VALUE), "field.page")).orElse(1),
                Optional.ofNullable(reader.parsed("page_size", s -> QueryReader.number(s, MAX_PAGE_SIZE), "field.pageSize")).orElse(DEFAULT_PAGE_SIZE));
        return new Result(criteria, reader.errors());
    }

    public record Result(DoctorSearchCriteria criteria, Map<String, FieldError> errors) {
    }

    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    private static Boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static BigDecimal rating(String text) {
        try {
            BigDecimal rating = new BigDecimal(text);
            return rating.compareTo(BigDecimal.ONE) >= 0 && rating.compareTo(BigDecimal.valueOf(5)) <= 0 ? rating : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
