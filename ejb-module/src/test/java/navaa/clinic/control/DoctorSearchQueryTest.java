package navaa.clinic.control;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search's SQL run on the real schema (every migration, H2 in MariaDB mode; the
 * system tests run it on MariaDB): which doctors each filter keeps, each sort's order,
 * the ratings' mean and count, and paging.
 */
class DoctorSearchQueryTest {

    private static final String URL = "jdbc:h2:mem:doctors-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @BeforeAll
    static void doctors() throws SQLException {
        Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            // 1 Maryam: cardiology, Tehran, online, Iran insurance, 15 years, 800000; ratings 5 and 4
            doctor(sql, 1, "مریم", "رضایی", "female", "cardiology", "متخصص قلب و عروق", "تهران", 15, 800000L, true, "ایران");
            // 2 Sara: general, Tehran, not online, Social Security, 5 years, 300000; rating 3
            doctor(sql, 2, "سارا", "احمدی", "female", "general", "پزشک عمومی", "تهران", 5, 300000L, false, "تامین اجتماعی");
            // 3 Reza: cardiology, Shiraz, online, both insurers, no experience or fee given; no ratings
            doctor(sql, 3, "رضا", "کریمی", "male", "cardiology", "متخصص قلب", "شیراز", null, null, true, "ایران");
            sql.execute("INSERT INTO doctor_insurances (profile_id, position, insurer) VALUES (3, 1, 'تامین اجتماعی')");
            // 4 has role doctor and no profile yet; 5 is a doctor whose account expired; 6 is a patient
            account(sql, 4, "Dr", "NoProfile", "doctor", null);
            account(sql, 5, "Old", "Doctor", "doctor", "2026-12-06");
            account(sql, 6, "Patient", "Only", "patient", null);
            sql.execute("INSERT INTO doctor_ratings (doctor_account_id, score, created_at) VALUES (1, 5, NOW()), (1, 4, NOW()), (2, 3, NOW())");
        }
    }

    private static void account(Statement sql, int id, String first, String last, String role, String expiry) throws SQLException {
        sql.execute("INSERT INTO accounts (id, uuid, username, username_key, password_hash, first_name, last_name, is_active,"
                + " expiry_date, created_at, updated_at) VALUES (" + id + ", '" + UUID.randomUUID() + "', 'd" + id + "', 'd" + id
                + "', 'h', '" + first + "', '" + last + "', TRUE, " + (expiry == null ? "NULL" : "'" + expiry + "'") + ", NOW(), NOW())");
        sql.execute("INSERT INTO account_roles (account_id, role) VALUES (" + id + ", '" + role + "')");
    }

    private static void doctor(Statement sql, int id, String first, String last, String gender, String specialty, String title,
                               String city, Integer years, Long fee, boolean online, String insurer) throws SQLException {
        account(sql, id, first, last, "doctor", null);
        sql.execute("INSERT INTO doctor_profiles (id, account_id, gender, specialty_code, specialty_title, city, experience_years,"
                + " in_person_consultation_fee, online_consultation_enabled, created_at, updated_at) VALUES (" + id + ", " + id + ", '"
                + gender + "', '" + specialty + "', '" + title + "', '" + city + "', " + years + ", " + fee + ", " + online + ", NOW(), NOW())");
        sql.execute("INSERT INTO doctor_insurances (profile_id, position, insurer) VALUES (" + id + ", 0, '" + insurer + "')");
    }

    private static DoctorSearchQuery query(String... parameters) {
        Map<String, String> sent = new HashMap<>();
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            sent.put(parameters[i], parameters[i + 1]);
        }
        DoctorSearchCriteria.Result read = DoctorSearchCriteria.read(sent);
        assertEquals(Map.of(), read.errors());
        return new DoctorSearchQuery(read.criteria(), TODAY);
    }

    /** Each row as "id:mean:count", in order. */
    private static List<String> page(DoctorSearchQuery query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL); PreparedStatement sql = bound(db, query.pageSql(), query.pageParameters());
             ResultSet found = sql.executeQuery()) {
            while (found.next()) {
                rows.add(found.getLong(1) + ":" + found.getBigDecimal(2).stripTrailingZeros().toPlainString() + ":" + found.getLong(3));
            }
        }
        return rows;
    }

    private static long count(DoctorSearchQuery query) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL); PreparedStatement sql = bound(db, query.countSql(), query.parameters());
             ResultSet found = sql.executeQuery()) {
            found.next();
            return found.getLong(1);
        }
    }

    private static PreparedStatement bound(Connection db, String text, List<Object> parameters) throws SQLException {
        PreparedStatement sql = db.prepareStatement(text);
        for (int i = 0; i < parameters.size(); i++) {
            sql.setObject(i + 1, parameters.get(i));
        }
        return sql;
    }

    @Test
    void everyWorkingDoctorWithRatingsMeanAndCount() throws SQLException {
        assertEquals(List.of("1:4.5:2", "2:3:1", "3:0:0", "4:0:0"), page(query()));
        assertEquals(4, count(query()));
    }

    @Test
    void eachFilterKeepsItsDoctors() throws SQLException {
        assertEquals(List.of("1:4.5:2"), page(query("q", "رضایی")));
        assertEquals(List.of("1:4.5:2"), page(query("q", "مریم رضایی")), "first and last name together");
        assertEquals(List.of("1:4.5:2", "3:0:0"), page(query("q", "قلب")), "the specialty's title");
        assertEquals(List.of("4:0:0"), page(query("q", "noprofile")), "without regard to case");
        assertEquals(List.of(), page(query("q", "%")), "a wildcard is a character");
        assertEquals(List.of("1:4.5:2", "3:0:0"), page(query("specialty", "cardiology")));
        assertEquals(List.of("1:4.5:2", "2:3:1"), page(query("city", "تهران")));
        assertEquals(List.of("3:0:0"), page(query("gender", "male")));
        assertEquals(List.of("1:4.5:2", "3:0:0"), page(query("online_available", "true")));
        assertEquals(List.of("2:3:1", "4:0:0"), page(query("online_available", "false")));
        assertEquals(List.of("2:3:1", "3:0:0"), page(query("insurance_accepted", "تامین اجتماعی")));
        assertEquals(List.of("1:4.5:2"), page(query("min_rating", "4")));
        assertEquals(List.of("1:4.5:2", "2:3:1"), page(query("min_rating", "3")));
        assertEquals(List.of("1:4.5:2"), page(query("specialty", "cardiology", "city", "تهران", "insurance_accepted", "ایران")));
        assertEquals(1, count(query("specialty", "cardiology", "min_rating", "1")));
    }

    @Test
    void eachSortOrdersAndTiesKeepTheDoctorsOrder() throws SQLException {
        assertEquals(List.of("1:4.5:2", "2:3:1", "3:0:0", "4:0:0"), page(query("sort_by", "rating")));
        assertEquals(List.of("1:4.5:2", "2:3:1", "3:0:0", "4:0:0"), page(query("sort_by", "experience")), "15, 5, then none");
        assertEquals(List.of("2:3:1", "1:4.5:2", "3:0:0", "4:0:0"), page(query("sort_by", "price")), "cheapest first, no fee last");
    }

    @Test
    void pagesFollowTheOrder() throws SQLException {
        assertEquals(List.of("2:3:1", "1:4.5:2"), page(query("sort_by", "price", "page_size", "2")));
        assertEquals(List.of("3:0:0", "4:0:0"), page(query("sort_by", "price", "page_size", "2", "page", "2")));
        assertEquals(List.of(), page(query("page_size", "2", "page", "3")));
        assertEquals(4, count(query("page_size", "2", "page", "3")));
    }

    @Test
    void everySentValueIsABoundParameter() {
        DoctorSearchQuery query = query("q", "x' OR '1'='1", "city", "'; DROP TABLE accounts; --");
        assertTrue(!query.pageSql().contains("DROP") && !query.pageSql().contains("'1'='1"), query.pageSql());
        assertEquals("!%!_!!", DoctorSearchQuery.escaped("%_!"));
    }
}
