package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static navaa.system.Checks.contentError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The media library's extension endpoints as a CRM client calls them: a real (1-second) video
 * uploaded with a Persian title is found by doc 002's search on those words within 10 s; the
 * result's link answers its metadata and the file its bytes, whole and by range; a file that
 * is not a video is 415, no credentials 401, a user's delete 403 and the admin's 204, after
 * which search finds it no more. The upload lands in the library folder owner-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentLibraryIT {

    private static final String PASSWORD = "library-pw-123";
    private static final Path LIBRARY = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data")).resolve("library");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @TempDir
    static Path folder;

    private static Http withToken(String username, String password) {
        Http.Reply token = new Http().postJson("/api/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, token.status(), token::toString);
        return new Http().with("Authorization", "Token " + token.json().getString("token"));
    }

    private static Http crm() {
        return withToken(Accounts.createUser(Accounts.admin(), PASSWORD, null), PASSWORD);
    }

    @Test
    void anUploadedVideoIsFoundStreamedAndDeletedByTheAdmin() throws Exception {
        Http crm = crm();
        String words = "درس آشپزی زعفران " + System.nanoTime();
        Path video = Videos.mp4(folder.resolve("saffron lesson.mp4"), null);
        byte[] bytes = Files.readAllBytes(video);

        Http.Reply uploaded = crm.postMultipart("/api/library/videos/",
                Map.of("title", words, "description", "یک ویدیوی کوتاه"), Map.of("file", video));
        assertTrue(uploaded.status() == 201 || uploaded.status() == 202, uploaded::toString);
        Checks.assertJson(uploaded);
        String id = uploaded.json().getString("id");
        assertTrue(id.matches("[0-9a-f]{32}"), uploaded::toString);
        String self = "/api/library/videos/" + id + "/";

        JsonObject found = awaitFound(crm, words, self);
        String link = found.getString("link");
        assertTrue(link.startsWith("http") && link.endsWith(self), found::toString);
        assertEquals(words, found.getString("title"));

        Http.Reply metadata = crm.get(self);
        assertEquals(200, metadata.status(), metadata::toString);
        JsonObject json = metadata.json();
        assertEquals(id, json.getString("id"));
        assertEquals(words, json.getString("title"));
        assertEquals("یک ویدیوی کوتاه", json.getString("description"));
        assertEquals("other", json.getString("platform"), "an upload has no page elsewhere");
        assertEquals(bytes.length, json.getJsonNumber("size_bytes").longValue());
        assertEquals(1.0, json.getJsonNumber("duration_seconds").doubleValue(), 0.2, json::toString);
        assertFalse(json.getBoolean("has_captions"));
        assertTrue(json.isNull("link"), json::toString);
        assertEquals("saffron lesson.mp4", json.getString("file_name"));
        assertEquals("video/mp4", json.getString("content_type"));
        if (uploaded.status() == 201) {
            assertEquals(json, uploaded.json(), "the upload answers the video as GET does");
        }
        Path stored = LIBRARY.resolve("saffron lesson.mp4");
        Optional<Path> onDisk = Files.exists(stored) ? Optional.of(stored) : findByContent(bytes);
        assertTrue(onDisk.isPresent(), "in the library folder");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(onDisk.get())));

        HttpResponse<byte[]> whole = crm.download(json.getString("file").substring(json.getString("file").indexOf("/api/")));
        assertEquals(200, whole.statusCode());
        // the container adds its default charset to every type; the type is the extension's
        assertTrue(whole.headers().firstValue("Content-Type").orElse("").startsWith("video/mp4"), whole.headers()::toString);
        assertArrayEquals(bytes, whole.body());
        HttpResponse<byte[]> range = crm.download(self + "file/", "Range", "bytes=4-11");
        assertEquals(206, range.statusCode());
        assertEquals("bytes 4-11/" + bytes.length, range.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(bytes, 4, 12), range.body());
        assertEquals("ftyp", new String(range.body(), 0, 4, StandardCharsets.ISO_8859_1));

        contentError(crm.delete(self), 403, "FORBIDDEN");
        Http admin = withToken("admin", Accounts.ADMIN_PASSWORD);
        Http.Reply deleted = admin.delete(self);
        assertEquals(204, deleted.status(), deleted::toString);
        contentError(crm.get(self), 404, "NOT_FOUND");
        contentError(crm.get(self + "file/"), 404, "NOT_FOUND");
        assertFalse(onDisk.map(Files::exists).orElse(false), "the file is gone");
        assertTrue(searchResults(crm, words).stream().noneMatch(r -> r.getString("link").endsWith(self)), "gone from search");
        contentError(admin.delete(self), 404, "NOT_FOUND");
    }

    @Test
    void whatIsNotAVideoIsRefused() throws Exception {
        Http crm = crm();
        Path text = Files.writeString(folder.resolve("notes.txt"), "not a video", StandardCharsets.UTF_8);
        contentError(crm.postMultipart("/api/library/videos/", Map.of(), Map.of("file", text)), 415, "UNSUPPORTED_FORMAT");
        Path renamed = Files.writeString(folder.resolve("renamed.mp4"), "plain text with a video's name", StandardCharsets.UTF_8);
        contentError(crm.postMultipart("/api/library/videos/", Map.of(), Map.of("file", renamed)), 415, "UNSUPPORTED_FORMAT");
        Path header = folder.resolve("header-only.mp4");
        Files.write(header, "\0\0\0\u0018ftypisom\0\0\0\0garbage after the header".getBytes(StandardCharsets.ISO_8859_1));
        contentError(crm.postMultipart("/api/library/videos/", Map.of(), Map.of("file", header)), 415, "UNSUPPORTED_FORMAT");
        try (var files = Files.list(LIBRARY)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("renamed")
                    || f.getFileName().toString().startsWith("header-only") || f.getFileName().toString().endsWith(".part")),
                    "nothing refused is left in the library");
        }

        Http.Reply noFile = crm.postMultipart("/api/library/videos/", Map.of("title", "t"), Map.of());
        assertEquals(400, noFile.status(), noFile::toString);
        assertEquals(List.of("This field is required."), noFile.json().getJsonArray("file").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        Http.Reply longTitle = crm.postMultipart("/api/library/videos/", Map.of("title", "x".repeat(501)),
                Map.of("file", Videos.mp4(folder.resolve("long.mp4"), null)));
        assertEquals(400, longTitle.status(), longTitle::toString);
        assertTrue(longTitle.json().containsKey("title"), longTitle::toString);
    }

    @Test
    void withoutCredentialsItIs401AndAnUnknownIdIs404() {
        Path video = Videos.mp4(folder.resolve("anonymous.mp4"), null);
        for (Http.Reply refused : List.of(new Http().get("/api/library/videos/0123456789abcdef0123456789abcdef/"),
                new Http().get("/api/library/videos/0123456789abcdef0123456789abcdef/file/"),
                new Http().postMultipart("/api/library/videos/", Map.of(), Map.of("file", video)),
                new Http().delete("/api/library/videos/0123456789abcdef0123456789abcdef/"))) {
            contentError(refused, 401, "UNAUTHORIZED");
            assertEquals("Token", refused.header("WWW-Authenticate"), refused::toString);
        }
        Http crm = crm();
        contentError(crm.get("/api/library/videos/0123456789abcdef0123456789abcdef/"), 404, "NOT_FOUND");
        contentError(crm.get("/api/library/videos/not-an-id/"), 404, "NOT_FOUND");
    }

    @Test
    void theOperationsAreInTheSchema() {
        JsonObject paths = new Http().get("/api/schema/", "Accept", "application/json").json().getJsonObject("paths");
        for (String[] op : List.of(new String[] {"get", "/api/library/videos/{id}", "content"},
                new String[] {"get", "/api/library/videos/{id}/file", "content"},
                new String[] {"post", "/api/library/videos", "content"},
                new String[] {"delete", "/api/library/videos/{id}", "content"},
                new String[] {"get", "/api/admin/library", "admin"},
                new String[] {"post", "/api/admin/library", "admin"},
                new String[] {"delete", "/api/admin/library/{id}", "admin"})) {
            JsonObject item = paths.getJsonObject(op[1]);
            assertTrue(item != null && item.containsKey(op[0]), () -> op[0] + " " + op[1] + " in " + paths.keySet());
            JsonObject operation = item.getJsonObject(op[0]);
            assertFalse(operation.getString("summary", "").isBlank(), op[1]);
            assertTrue(operation.getJsonArray("tags").toString().contains("\"" + op[2] + "\""), operation::toString);
        }
        JsonObject upload = paths.getJsonObject("/api/library/videos").getJsonObject("post");
        assertTrue(upload.toString().contains("LibraryUploadForm"), upload::toString);
    }

    /** The newest search's result whose link ends with {@code self}, searching again until it is there (10 s at most). */
    private static JsonObject awaitFound(Http crm, String words, String self) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Optional<JsonObject> found = searchResults(crm, words).stream().filter(r -> r.getString("link").endsWith(self)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not found within 10 s: " + words);
            }
            Thread.sleep(500);
        }
    }

    /** The results of a new search for {@code words} in a new project. */
    private static List<JsonObject> searchResults(Http crm, String words) {
        Http.Reply project = crm.postJson("/api/projects/", "{\"title\":\"کتابخانه\",\"type\":\"video\"}");
        assertEquals(201, project.status(), project::toString);
        String base = "/api/projects/" + project.json().getString("id") + "/";
        Http.Reply searched = crm.postJson(base + "search-requests/", "{\"query\":\"" + words + "\",\"language\":\"fa\"}");
        assertEquals(201, searched.status(), searched::toString);
        return crm.get(base + "search-results/").array().stream().map(JsonValue::asJsonObject).toList();
    }

    private static Optional<Path> findByContent(byte[] bytes) throws java.io.IOException {
        try (var files = Files.list(LIBRARY)) {
            return files.filter(f -> {
                try {
                    return Files.size(f) == bytes.length && Arrays.equals(Files.readAllBytes(f), bytes);
                } catch (java.io.IOException e) {
                    return false;
                }
            }).findFirst();
        }
    }
}
