package navaa.content.entity;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** V16 on H2 in MariaDB mode: a project's searches and results go with it, and the project with its owner. */
class ContentMigrationTest {

    private static final String URL = "jdbc:h2:mem:v16-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";

    @Test
    void aProjectsRowsGoWithItAndItGoesWithItsOwner() throws SQLException {
        Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO accounts (id, uuid, username, username_key, password_hash, is_active, created_at, updated_at)"
                    + " VALUES (1, '" + UUID.randomUUID() + "', 'ali', 'ali', 'h', TRUE, NOW(), NOW())");
            for (int p = 1; p <= 2; p++) {
                sql.execute("INSERT INTO content_projects (id, uuid, owner_account_id, title, project_type, status, created_at, updated_at)"
                        + " VALUES (" + p + ", '" + UUID.randomUUID() + "', 1, 'پروژه', 'video', 'draft', NOW(), NOW())");
                sql.execute("INSERT INTO content_search_requests (id, uuid, project_id, query_text, language, top_results_count,"
                        + " platforms, params, status, created_at) VALUES (" + p + ", '" + UUID.randomUUID() + "', " + p
                        + ", 'آموزش', 'fa', 10, '[]', '{}', 'in_progress', NOW())");
                sql.execute("INSERT INTO content_search_results (uuid, search_request_id, project_id, reference, title, link,"
                        + " snippet, platform, result_rank, is_selected, metadata, fetched_at) VALUES ('" + UUID.randomUUID() + "', "
                        + p + ", " + p + ", 'library:x', 't', NULL, 's', 'other', 1, FALSE, '{}', NOW())");
            }
            sql.execute("DELETE FROM content_projects WHERE id = 1");
            assertEquals(1, count(sql, "content_search_requests"));
            assertEquals(1, count(sql, "content_search_results"));
            sql.execute("DELETE FROM accounts WHERE id = 1");
            assertEquals(0, count(sql, "content_projects"));
            assertEquals(0, count(sql, "content_search_results"));
        }
    }

    private static int count(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
