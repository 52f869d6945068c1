package navaa.jobs.entity;

import navaa.jobs.control.JobKind;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V8 on jobs whose kind is not an exact {@link JobKind} name: each is converted to the name
 * JPA reads, and a row of no kind is gone. On H2 in MariaDB mode (the system tests apply V8
 * on MariaDB).
 */
class JobKindMigrationTest {

    private static final String URL = "jdbc:h2:mem:v8-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";

    @Test
    void everyStoredKindBecomesAnEnumName() throws SQLException {
        migrate("7");
        List<String> stored = List.of("DENOISE", "boost", " Separate ", "speaker-extraction", "diarization", "EXTRACT", "TRANSCRIBE");
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO accounts (uuid, username, username_key, password_hash, is_active, created_at, updated_at)"
                    + " VALUES ('" + UUID.randomUUID() + "', 'ali', 'ali', 'h', TRUE, NOW(), NOW())");
            int id = 1;
            for (String kind : stored) {
                sql.execute("INSERT INTO jobs (id, account_id, kind, state, progress, input_name, input_path, input_format,"
                        + " input_size, duration, sample_rate, channels, bit_rate, parameters, created_at)"
                        + " VALUES (" + id++ + ", 1, '" + kind + "', 'COMPLETED', 100, 'talk.mp3', '/srv/talk.mp3', 'MP3',"
                        + " 1, 1.0, 44100, 2, 128000, '{}', NOW())");
            }
        }

        migrate(null);

        List<String> kinds = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT kind FROM jobs ORDER BY id")) {
            while (rows.next()) {
                kinds.add(rows.getString(1));
            }
        }
        assertEquals(List.of("DENOISE", "BOOST", "SEPARATE", "EXTRACT", "DIARIZE", "EXTRACT"), kinds);
        kinds.forEach(kind -> assertEquals(kind, JobKind.valueOf(kind).name()));
    }

    @Test
    void everyKindFitsTheColumn() {
        for (JobKind kind : JobKind.values()) {
            assertTrue(kind.name().matches("[A-Z_]{1,30}"), kind + " does not fit jobs.kind VARCHAR(30)");
        }
    }

    private static void migrate(String target) {
        var configuration = Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }
}
