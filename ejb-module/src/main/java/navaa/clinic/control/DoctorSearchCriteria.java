package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

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
        String q = reader.text("q", 100);
        String specialty = reader.text("specialty", 50);
        String city = reader.text("city", 100);
        String gender = reader.parsed("gender", g -> DoctorProfileForm.GENDERS.contains(g) ? g : null, "field.gender");
        Boolean online = reader.parsed("online_available", DoctorSearchCriteria::bool, "field.boolean");
        String insurer = reader.text("insurance_accepted", 100);
        BigDecimal minRating = reader.parsed("min_rating", DoctorSearchCriteria::rating, "field.rating");
        DoctorSort sort = reader.parsed("sort_by", s -> DoctorSort.parse(s).orElse(null), "field.sortBy");
        PageRequest page = PageRequest.read(reader);
        DoctorSearchCriteria criteria = new DoctorSearchCriteria(q, specialty, city, gender, online, insurer, minRating, sort,
                page.page(), page.pageSize());
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
