package navaa.jobs.entity;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V6 on a database that has failed jobs with the free texts earlier versions stored: the
 * texts the engine wrote in fixed words become their codes, every exception's text becomes
 * INTERNAL and is gone, and the runs table is there. On H2 in MariaDB mode, as a new
 * install's embedded database (the system tests apply V6 on MariaDB).
 */
class JobFailureMigrationTest {

    private static final String URL = "jdbc:h2:mem:v6-" + UUID.randomUUID() + ";MODE=MariaDB;DB_CLOSE_DELAY=-1";

    @Test
    void storedReasonsBecomeCodesAndNoTextIsLeft() throws SQLException {
        migrate("5");
        Map<String, String> before = new LinkedHashMap<>();
        before.put("cancelled by admin (root)", "CANCELLED_BY_ADMIN");
        before.put("the server stopped during this job 3 times; not trying again", "SERVER_RESTARTS_EXCEEDED");
        before.put("could not be resumed after a restart: no such job XML", "RESUME_FAILED");
        before.put("the speaker sample holds 0.4 s of speech, too little to recognise the speaker by: send at least 2 s of that speaker alone",
                "TARGET_SAMPLE_TOO_LITTLE_SPEECH");
        before.put("/srv/navaa/data/media/uploads/0b1c/talk.mp3 could not be read as audio (opening: Invalid data)", "INTERNAL");
        before.put("the processing stopped (FAILED): see the server log", "INTERNAL");
        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO accounts (uuid, username, username_key, password_hash, is_active, created_at, updated_at)"
                    + " VALUES ('" + UUID.randomUUID() + "', 'ali', 'ali', 'h', TRUE, NOW(), NOW())");
            int id = 1;
            for (String text : before.keySet()) {
                insertJob(sql, id++, "FAILED", "'" + text + "'");
            }
            insertJob(sql, id, "COMPLETED", "NULL");
        }

        migrate(null);

        try (Connection db = DriverManager.getConnection(URL); Statement sql = db.createStatement()) {
            try (ResultSet rows = sql.executeQuery("SELECT id, error_code FROM jobs ORDER BY id")) {
                for (String expected : before.values()) {
                    assertTrue(rows.next());
                    assertEquals(expected, rows.getString("error_code"), "job " + rows.getLong("id"));
                }
                assertTrue(rows.next());
                assertEquals(null, rows.getString("error_code"), "a completed job has no failure");
                assertFalse(rows.next());
            }
            try (ResultSet columns = db.getMetaData().getColumns(null, null, "JOBS", "ERROR_MESSAGE")) {
                assertFalse(columns.next(), "no stored text is left to leak a server path");
            }
            sql.execute("INSERT INTO job_runs (job_id, execution_id, step, unit, start_position, total, started_at)"
                    + " VALUES (1, 7, 'process', 'frames', 220500, 33075000, NOW())");
            sql.execute("DELETE FROM jobs WHERE id = 1");
            try (ResultSet runs = sql.executeQuery("SELECT COUNT(*) FROM job_runs")) {
                runs.next();
                assertEquals(0, runs.getInt(1), "a job's runs go with it");
            }
        }
    }

    private static void migrate(String target) {
        var configuration = Flyway.configure().dataSource(URL, "", "").locations("classpath:db/migration");
        (target == null ? configuration : configuration.target(target)).load().migrate();
    }

    private static void insertJob(Statement sql, int id, String state, String errorMessage) throws SQLException {
        sql.execute("INSERT INTO jobs (id, account_id, kind, state, progress, error_message, input_name, input_path, input_format,"
                + " input_size, duration, sample_rate, channels, bit_rate, parameters, created_at)"
                + " VALUES (" + id + ", 1, 'BOOST', '" + state + "', 0, " + errorMessage + ", 'talk.mp3', '/srv/talk.mp3', 'MP3',"
                + " 1, 1.0, 44100, 2, 128000, '{}', NOW())");
    }
}
