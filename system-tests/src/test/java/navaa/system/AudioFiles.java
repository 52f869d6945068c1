package navaa.system;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the audio services' system tests share: users logged in as docs 000/001's clients
 * are, polling that stays under the family's 100 requests a minute, and a look at the
 * server's data folder to see that deleted files are really gone.
 */
final class AudioFiles {

    static final String PASSWORD = "audio-pw-123";
    private static final Path DATA = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data"));

    private AudioFiles() {
    }

    /** A new user, logged in by doc 000's form login, sending X-CSRFToken as its documents show. */
    static Http user() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http http = Accounts.formLogin(username, PASSWORD);
        return http.with("X-CSRFToken", http.cookie("csrftoken"));
    }

    static long fileId(Http.Reply upload) {
        assertEquals(200, upload.status(), upload::toString);
        assertEquals("success", upload.json().getString("status"), upload::toString);
        return upload.json().getJsonNumber("file_id").longValue();
    }

    /** Polls every 1.5 s (about 40 requests a minute), waiting out a 429 if other requests add up. */
    static JsonObject awaitFinished(Http http, String statusPath) throws InterruptedException {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Http.Reply reply = http.get(statusPath);
            if (reply.status() == 429) {
                Thread.sleep(1000L * Long.parseLong(reply.header("Retry-After")));
                continue;
            }
            assertEquals(200, reply.status(), reply::toString);
            String status = reply.json().getString("status");
            if (!status.equals("pending") && !status.equals("processing")) {
                return reply.json();
            }
            Thread.sleep(1500);
        }
        throw new AssertionError("the job did not finish in 300 s: " + http.get(statusPath).body());
    }

    /** The finished job, which must have completed (its error_message says why not). */
    static JsonObject awaitCompleted(Http http, String statusPath) throws InterruptedException {
        JsonObject done = awaitFinished(http, statusPath);
        assertEquals("completed", done.getString("status"), () -> "the job did not complete: " + done);
        assertEquals(100, done.getInt("progress"), done::toString);
        return done;
    }

    /** Every field the documents list for this answer is there (null or not). */
    static void assertFields(JsonObject json, String... fields) {
        for (String field : fields) {
            assertTrue(json.containsKey(field), () -> "no \"" + field + "\" in " + json);
        }
    }

    /** Files of this name anywhere under the server's data folder (uploads keep their names). */
    static List<Path> stored(String fileName) {
        Path media = DATA.resolve("media");
        if (!Files.isDirectory(media)) {
            fail("the server's media folder is not at " + media);
        }
        for (int attempt = 1; ; attempt++) {
            try (Stream<Path> files = Files.walk(media)) {
                return files.filter(p -> p.getFileName().toString().equals(fileName)).toList();
            } catch (IOException | UncheckedIOException e) {
                // a running job's files may vanish under the walk; look again
                if (attempt == 3) {
                    throw new AssertionError("cannot search " + media, e);
                }
            }
        }
    }

    /** Nothing of the job is left on disk: neither its upload(s) nor its outputs. */
    static void assertGone(long id, String... uploadNames) {
        for (String name : uploadNames) {
            assertEquals(List.of(), stored(name), "the upload " + name + " is deleted");
        }
        assertTrue(Files.notExists(DATA.resolve("media/outputs").resolve(Long.toString(id))), "job " + id + "'s outputs are deleted");
    }

    /** A text file named like audio: recognised by content, it must be refused (415). */
    static Path renamedText(Path folder, String name) throws IOException {
        Path text = folder.resolve(name);
        Files.writeString(text, "these are meeting notes, not audio\n".repeat(50));
        return text;
    }

    /** A name no other test uses, so the data folder can be searched for it. */
    static String unique(String stem, String extension) {
        return stem + "-" + System.nanoTime() + "." + extension;
    }
}
