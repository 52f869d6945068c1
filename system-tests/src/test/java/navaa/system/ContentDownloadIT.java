package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static navaa.system.Checks.contentError;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 002 §4.3 from search to delete: a real small video placed in the media library is found,
 * chosen as the project's content, downloaded by the job engine (polled with doc 002 §5.2's
 * Python {@code wait_for_download}, copied unchanged into {@code src/test/python}), served with
 * Range, refused a second time (§5.4), hidden from other users, and deleted with its file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentDownloadIT {

    private static final String PASSWORD = "content-dl-pw-123";
    private static final Path SCRIPTS = Path.of("src/test/python").toAbsolutePath();
    private static final String DATABASE = System.getProperty("navaa.it.database", "navaa_it");
    private static final Path DATA = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data"));
    private static final Set<String> CONTENT = Set.of("id", "project", "project_title", "source_url", "content_type", "platform",
            "file_path", "download_status", "video_url", "created_at", "updated_at");
    private static final Set<String> DOWNLOAD = Set.of("id", "content", "content_url", "task_id", "status", "progress",
            "error_message", "download_url", "file_size", "started_at", "completed_at", "created_at", "updated_at");

    @TempDir
    static Path folder;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    private record Crm(String token, Http http) {
    }

    private static Crm crm() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http.Reply token = new Http().postJson("/api/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        String key = token.json().getString("token");
        return new Crm(key, new Http().with("Authorization", "Token " + key));
    }

    private static String project(Crm crm, String title) {
        Http.Reply created = crm.http().postJson("/api/projects/", "{\"title\":\"" + title + "\",\"type\":\"video\"}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    @Test
    void aLibraryVideoIsChosenDownloadedServedAndDeleted() throws Exception {
        Crm owner = crm();
        Crm other = crm();
        String word = "quokka" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        Path video = intoLibrary(write(folder.resolve(word + ".mkv"), "matroska", "libopenh264", "آموزش سفالگری " + word));
        try {
            String projectId = project(owner, "پروژه ویدیوی جدید");
            String base = "/api/projects/" + projectId + "/";
            JsonObject result = awaitFound(owner, base, word);

            Http.Reply created = owner.http().postJson(base + "content/create/", "{\"search_result_id\":\"" + result.getString("id") + "\"}");
            assertEquals(201, created.status(), created::toString);
            JsonObject content = created.json();
            assertEquals(CONTENT, content.keySet(), content::toString);
            assertEquals(projectId, content.getString("project"));
            assertEquals("پروژه ویدیوی جدید", content.getString("project_title"));
            assertEquals("video", content.getString("content_type"));
            assertEquals("other", content.getString("platform"));
            assertEquals(result.getString("link"), content.getString("source_url"));
            assertTrue(content.isNull("file_path") && content.isNull("video_url"), content::toString);
            assertEquals(Set.of("task_id", "status", "progress", "error_message"), content.getJsonObject("download_status").keySet());
            assertTrue(Set.of("pending", "downloading", "processing", "completed").contains(
                    content.getJsonObject("download_status").getString("status")), content::toString);
            assertTrue(owner.http().get(base + "search-results/?only_selected=true").array().stream()
                    .anyMatch(r -> r.asJsonObject().getString("id").equals(result.getString("id"))), "the chosen result is selected");

            contentError(owner.http().postJson(base + "content/create/", "{\"search_result_id\":\"" + result.getString("id") + "\"}"),
                    400, "CONTENT_EXISTS");
            String second = "/api/projects/" + project(owner, "another") + "/";
            Http.Reply foreign = owner.http().postJson(second + "content/create/", "{\"search_result_id\":\"" + result.getString("id") + "\"}");
            assertEquals(400, foreign.status(), foreign::toString);
            assertTrue(foreign.json().containsKey("search_result_id"), foreign::toString);
            contentError(owner.http().postJson(second + "content/create/", "{\"search_result_id\":\"" + UUID.randomUUID() + "\"}"), 404, "NOT_FOUND");
            contentError(owner.http().get(second + "content/"), 404, "NOT_FOUND");
            contentError(owner.http().postJson("/api/projects/" + UUID.randomUUID() + "/content/create/",
                    "{\"search_result_id\":\"" + result.getString("id") + "\"}"), 404, "NOT_FOUND");

            contentError(other.http().postJson(base + "content/create/", "{\"search_result_id\":\"" + result.getString("id") + "\"}"), 404, "NOT_FOUND");
            contentError(other.http().get(base + "content/"), 404, "NOT_FOUND");
            contentError(other.http().get(base + "content/download-status/"), 404, "NOT_FOUND");
            contentError(other.http().get(base + "content/video/"), 404, "NOT_FOUND");
            contentError(other.http().delete(base + "content/delete/"), 404, "NOT_FOUND");

            JsonObject report = waitForDownload(owner.token(), projectId);
            assertTrue(report.getBoolean("done"), report::toString);
            JsonObject status = report.getJsonObject("data");
            assertEquals(DOWNLOAD, status.keySet(), status::toString);
            assertEquals("completed", status.getString("status"));
            assertEquals(100, status.getInt("progress"));
            assertTrue(status.isNull("error_message"), status::toString);
            assertEquals(content.getString("id"), status.getString("content"));
            assertEquals(content.getJsonObject("download_status").getString("task_id"), status.getString("task_id"));
            assertFalse(status.isNull("started_at") || status.isNull("completed_at"), status::toString);

            JsonObject downloaded = owner.http().get(base + "content/").json();
            String id = downloaded.getString("id");
            assertEquals("videos/" + id + ".mp4", downloaded.getString("file_path"), "H.264 in MKV remuxed to MP4");
            assertEquals("completed", downloaded.getJsonObject("download_status").getString("status"));
            String videoUrl = downloaded.getString("video_url");
            assertTrue(videoUrl.startsWith("http") && videoUrl.endsWith(base + "content/video/"), videoUrl);
            assertEquals(videoUrl, status.getString("download_url"));
            assertEquals("ready", projectStatus(owner, projectId));

            Path stored = DATA.resolve("media/content").resolve(id).resolve(downloaded.getString("file_path"));
            assertTrue(Files.isRegularFile(stored), stored::toString);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(stored)));
            HttpResponse<byte[]> bytes = owner.http().download(URI.create(videoUrl).getPath());
            assertEquals(200, bytes.statusCode());
            assertEquals("video/mp4", bytes.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(status.getJsonNumber("file_size").longValue(), bytes.body().length);
            assertArrayEquals(Files.readAllBytes(stored), bytes.body());
            assertEquals("ftyp", new String(bytes.body(), 4, 4, StandardCharsets.US_ASCII));
            HttpResponse<byte[]> range = owner.http().download(URI.create(videoUrl).getPath(), "Range", "bytes=0-99");
            assertEquals(206, range.statusCode());
            assertEquals(100, range.body().length);
            assertEquals("bytes 0-99/" + bytes.body().length, range.headers().firstValue("Content-Range").orElse(""));

            Http.Reply deleted = owner.http().delete(base + "content/delete/");
            assertEquals(204, deleted.status(), deleted::toString);
            contentError(owner.http().get(base + "content/"), 404, "NOT_FOUND");
            contentError(owner.http().get(base + "content/download-status/"), 404, "NOT_FOUND");
            assertFalse(Files.exists(stored.getParent().getParent()), "the content's folder is gone");
            assertEquals("selecting", projectStatus(owner, projectId));
            assertTrue(Files.isRegularFile(video), "the library keeps its video");
        } finally {
            Files.deleteIfExists(video);
        }
    }

    @Test
    void aVideoBrowsersDoNotPlayIsTranscodedToH264AndARemoteSourceIsRefused() throws Exception {
        Crm owner = crm();
        String word = "wombat" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        Path video = intoLibrary(write(folder.resolve(word + ".mp4"), "mp4", null, "Pottery " + word));
        try {
            String projectId = project(owner, "transcode");
            String base = "/api/projects/" + projectId + "/";
            JsonObject result = awaitFound(owner, base, word);
            Http.Reply created = owner.http().postJson(base + "content/create/", "{\"search_result_id\":\"" + result.getString("id") + "\"}");
            assertEquals(201, created.status(), created::toString);
            JsonObject report = waitForDownload(owner.token(), projectId);
            assertTrue(report.getBoolean("done"), report::toString);
            JsonObject content = owner.http().get(base + "content/").json();
            assertEquals("videos/" + content.getString("id") + ".mp4", content.getString("file_path"));
            HttpResponse<byte[]> bytes = owner.http().download(URI.create(content.getString("video_url")).getPath());
            assertEquals(200, bytes.statusCode());
            String head = new String(bytes.body(), StandardCharsets.ISO_8859_1);
            assertTrue(head.contains("avc1"), "an H.264 track (avc1) now, not MPEG-4 Part 2 (mp4v)");
            Path stored = DATA.resolve("media/content").resolve(content.getString("id"));
            assertTrue(Files.isDirectory(stored), stored::toString);
            assertEquals(204, owner.http().delete(base).status());
            assertFalse(Files.exists(stored), "a project's delete removes its content's files too");

            // a result a remote provider gave (made so in the database: no remote provider is configured)
            String remoteProject = project(owner, "remote");
            String remoteBase = "/api/projects/" + remoteProject + "/";
            JsonObject remote = awaitFound(owner, remoteBase, word);
            String watch = "https://www.youtube.com/watch?v=" + word;
            sql("UPDATE content_search_results SET reference = '" + watch + "', link = '" + watch + "', platform = 'youtube'"
                    + " WHERE uuid = '" + remote.getString("id") + "'");
            Http.Reply chosen = owner.http().postJson(remoteBase + "content/create/", "{\"search_result_id\":\"" + remote.getString("id") + "\"}");
            assertEquals(201, chosen.status(), chosen::toString);
            assertEquals(watch, chosen.json().getString("source_url"));
            assertEquals("youtube", chosen.json().getString("platform"));
            JsonObject refused = waitForDownload(owner.token(), remoteProject);
            assertFalse(refused.getBoolean("done"), refused::toString);
            JsonObject failed = refused.getJsonObject("data");
            assertEquals("failed", failed.getString("status"), failed::toString);
            assertTrue(failed.getString("error_message").contains("remote downloads"), failed::toString);
            assertTrue(failed.isNull("file_size") && failed.isNull("download_url"), failed::toString);
            assertEquals("failed", projectStatus(owner, remoteProject));
            String persian = owner.http().get(remoteBase + "content/download-status/", "Accept-Language", "fa").json().getString("error_message");
            assertTrue(persian.contains("نشانی"), persian);
        } finally {
            Files.deleteIfExists(video);
        }
    }

    @Test
    void theOperationsAreInTheSchemaUnderContent() {
        JsonObject document = new Http().get("/api/schema/", "Accept", "application/json").json();
        JsonObject paths = document.getJsonObject("paths");
        for (String[] op : List.of(new String[]{"post", "/api/projects/{project_id}/content/create"},
                new String[]{"get", "/api/projects/{project_id}/content"},
                new String[]{"get", "/api/projects/{project_id}/content/download-status"},
                new String[]{"delete", "/api/projects/{project_id}/content/delete"},
                new String[]{"get", "/api/projects/{project_id}/content/video"})) {
            JsonObject item = paths.getJsonObject(op[1]);
            assertTrue(item != null && item.containsKey(op[0]), () -> op[0] + " " + op[1] + " in " + paths.keySet());
            JsonObject operation = item.getJsonObject(op[0]);
            assertFalse(operation.getString("summary", "").isBlank(), op[1]);
            assertTrue(operation.getJsonArray("tags").toString().contains("\"content\""), operation::toString);
        }
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals(CONTENT, schemas.getJsonObject("Content").getJsonObject("properties").keySet());
        assertEquals(DOWNLOAD, schemas.getJsonObject("ContentDownloadStatus").getJsonObject("properties").keySet());
    }

    /** Doc 002 §5.2's {@code wait_for_download}, run unchanged with Python's requests. */
    private static JsonObject waitForDownload(String token, String projectId) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("python3", SCRIPTS.resolve("content_download.py").toString(), Http.BASE, token, projectId)
                .directory(SCRIPTS.toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("PYTHONIOENCODING", "utf-8", "PYTHONDONTWRITEBYTECODE", "1"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(6, TimeUnit.MINUTES), "wait_for_download returns");
        assertEquals(0, process.exitValue(), output);
        String line = output.lines().filter(l -> l.startsWith("REPORT ")).findFirst().orElseThrow(() -> new AssertionError(output));
        return Json.createReader(new StringReader(line.substring("REPORT ".length()))).readObject();
    }

    /** The newest search's result whose title holds {@code word}, asking again until the library has indexed it (20 s at most). */
    private static JsonObject awaitFound(Crm crm, String base, String word) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            Http.Reply searched = crm.http().postJson(base + "search-requests/", "{\"query\":\"" + word + "\"}");
            assertEquals(201, searched.status(), searched::toString);
            String request = searched.json().getString("id");
            for (JsonValue found : crm.http().get(base + "search-results/").array()) {
                JsonObject r = found.asJsonObject();
                if (request.equals(r.getString("search_request")) && r.getString("title").contains(word)) {
                    return r;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not found within 20 s: " + word);
            }
            Thread.sleep(500);
        }
    }

    private static void sql(String statement) throws Exception {
        Process mariadb = new ProcessBuilder(List.of("mariadb", "-h", "127.0.0.1", "-u", "root", DATABASE, "-e", statement))
                .redirectErrorStream(true).start();
        String output = new String(mariadb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, mariadb.waitFor(), () -> statement + ": " + output);
    }

    private static String projectStatus(Crm crm, String project) {
        return crm.http().get("/api/projects/").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(project)).findFirst().orElseThrow().getString("status");
    }

    /** Into the library folder owner-only (nothing in the data folder may be readable by others), under its name at the end. */
    private static Path intoLibrary(Path video) throws Exception {
        Path library = Files.createDirectories(DATA.resolve("library"));
        Path hidden = library.resolve(video.getFileName() + ".copying");
        Files.copy(video, hidden, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(hidden, PosixFilePermissions.fromString("rw-------"));
        return Files.move(hidden, library.resolve(video.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * 2 s of 160×120 at 10 fps with a tone in AAC and a title tag: H.264 by libopenh264 when
     * {@code encoder} names it, else MPEG-4 Part 2 (which browsers do not play).
     */
    static Path write(Path file, String format, String encoder, String title) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 160, 120, 1)) {
            recorder.setFormat(format);
            if (encoder != null) {
                recorder.setVideoCodecName(encoder);
            } else {
                recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            }
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(10);
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(44_100);
            recorder.setMetadata("title", title);
            recorder.start();
            for (int i = 0; i < 20; i++) {
                Frame frame = new Frame(160, 120, Frame.DEPTH_UBYTE, 3);
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                for (int p = 0; p < pixels.capacity(); p++) {
                    pixels.put(p, (byte) ((p + i * 9) & 0xff));
                }
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
                short[] tone = new short[4410];
                for (int s = 0; s < tone.length; s++) {
                    tone[s] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (i * 4410 + s) / 44_100.0));
                }
                recorder.recordSamples(44_100, 1, ShortBuffer.wrap(tone));
            }
            recorder.stop();
        }
        return file;
    }
}
