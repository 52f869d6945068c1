package navaa.identity.entity;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * V10 on roles stored by their place in {@link Role} (as EclipseLink stored them before
 * RoleConverter was named on the collection): each becomes the name the converter reads.
 */
class RoleNamesMigrationTest {

    private static final String URL = "jdbc:h2:mem:v10-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";

    @Test
    void everyStoredOrdinalBecomesTheRolesName() throws SQLException {
        migrate("8");
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            for (int id = 1; id <= 5; id++) {
                sql.execute("INSERT INTO accounts (id, uuid, username, username_key, password_hash, is_active, created_at, updated_at)"
                        + " VALUES (" + id + ", '" + UUID.randomUUID() + "', 'u" + id + "', 'u" + id + "', 'h', TRUE, NOW(), NOW())");
            }
            sql.execute("INSERT INTO account_roles (account_id, role) VALUES (1, '0'), (2, '1'), (3, '2'), (4, '3'), (5, 'user')");
        }

        migrate(null);

        List<String> roles = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT role FROM account_roles ORDER BY account_id")) {
            while (rows.next()) {
                roles.add(rows.getString(1));
            }
        }
        assertEquals(List.of("admin", "doctor", "patient", "user", "user"), roles);
        roles.forEach(role -> assertEquals(role, new RoleConverter().convertToDatabaseColumn(new RoleConverter().convertToEntityAttribute(role))));
    }

    private static void migrate(String target) {
        var configuration = Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }
}
