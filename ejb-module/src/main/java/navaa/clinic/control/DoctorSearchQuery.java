package navaa.clinic.control;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of one doctor search: active accounts with role doctor, their profile (if any)
 * and their ratings' mean and count, filtered and sorted in the database by indexed
 * columns, one page at a time. Every value the caller sent is a bound parameter. A row of
 * {@link #pageSql()} is the account's number, the mean rating (0 without ratings) and
 * the number of ratings.
 */
public final class DoctorSearchQuery {

    private static final String RATING = "(SELECT AVG(r.score * 1.0) FROM doctor_ratings r WHERE r.doctor_account_id = a.id)";
    private static final String RATINGS = "(SELECT COUNT(*) FROM doctor_ratings r WHERE r.doctor_account_id = a.id)";
    private static final String FROM = " FROM accounts a"
            + " JOIN account_roles ar ON ar.account_id = a.id AND ar.role = 'doctor'"
            + " LEFT JOIN doctor_profiles p ON p.account_id = a.id";

    private final DoctorSearchCriteria criteria;
    private final StringBuilder where = new StringBuilder(" WHERE a.is_active = TRUE AND (a.expiry_date IS NULL OR a.expiry_date >= ?)");
    private final List<Object> parameters = new ArrayList<>();

    /** @param today the last day an account with this expiry date still works */
    public DoctorSearchQuery(DoctorSearchCriteria criteria, LocalDate today) {
        this.criteria = criteria;
        parameters.add(Date.valueOf(today));
        if (criteria.text() != null) {
            where.append(" AND LOWER(CONCAT_WS(' ', a.first_name, a.last_name, p.specialty_title, p.specialty_code, p.city, p.province))"
                    + " LIKE ? ESCAPE '!'");
            parameters.add("%" + escaped(criteria.text().toLowerCase(Locale.ROOT)) + "%");
        }
        equal("p.specialty_code", criteria.specialty());
        equal("p.city", criteria.city());
        equal("p.gender", criteria.gender());
        if (criteria.online() != null) {
            where.append(criteria.online() ? " AND p.online_consultation_enabled = TRUE"
                    : " AND (p.id IS NULL OR p.online_consultation_enabled = FALSE)");
        }
        if (criteria.insurer() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM doctor_insurances i WHERE i.insurer = ? AND i.profile_id = p.id)");
            parameters.add(criteria.insurer());
        }
        if (criteria.minRating() != null) {
            where.append(" AND COALESCE(").append(RATING).append(", 0) >= ?");
            parameters.add(criteria.minRating());
        }
    }

    /** How many doctors match, with {@link #parameters()}. */
    public String countSql() {
        return "SELECT COUNT(*)" + FROM + where;
    }

    /** The page's doctors in order, with {@link #pageParameters()}. */
    public String pageSql() {
        String order = criteria.sort() == null ? "" : criteria.sort().orderBy() + ", ";
        return "SELECT a.id, COALESCE(" + RATING + ", 0) AS rating, " + RATINGS + " AS ratings" + FROM + where
                + " ORDER BY " + order + "a.id LIMIT ? OFFSET ?";
    }

    public List<Object> parameters() {
        return List.copyOf(parameters);
    }

    public List<Object> pageParameters() {
        List<Object> all = new ArrayList<>(parameters);
        all.add(criteria.pageSize());
        all.add(criteria.offset());
        return all;
    }

    private void equal(String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    /** A LIKE pattern matching the text itself: its wildcards and the escape character escaped. */
    static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
