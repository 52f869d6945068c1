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
import static org.junit.jupiter.api.Assertions.assertThrows;

/** V17 on H2 in MariaDB mode: one content per project, gone with its project, kept (job-less) when its job row goes. */
class ContentItemMigrationTest {

    private static final String URL = "jdbc:h2:mem:v17-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";

    @Test
    void oneContentPerProjectThatGoesWithItsProject() throws SQLException {
        Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO accounts (id, uuid, username, username_key, password_hash, is_active, created_at, updated_at)"
                    + " VALUES (1, '" + UUID.randomUUID() + "', 'ali', 'ali', 'h', TRUE, NOW(), NOW())");
            sql.execute("INSERT INTO content_projects (id, uuid, owner_account_id, title, project_type, status, created_at, updated_at)"
                    + " VALUES (1, '" + UUID.randomUUID() + "', 1, 'پروژه', 'video', 'generating', NOW(), NOW())");
            sql.execute(content());
            assertThrows(SQLException.class, () -> sql.execute(content()), "a second content for the project");
            assertEquals(1, count(sql));
            sql.execute("DELETE FROM content_projects WHERE id = 1");
            assertEquals(0, count(sql));
        }
    }

    private static String content() {
        return "INSERT INTO content_items (uuid, project_id, search_result_id, source_url, reference, content_type, platform,"
                + " download_uuid, task_uuid, job_id, created_at, updated_at) VALUES ('" + UUID.randomUUID() + "', 1, NULL,"
                + " 'library:x', 'library:x', 'video', 'other', '" + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', NULL, NOW(), NOW())";
    }

    private static int count(Statement sql) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM content_items")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
