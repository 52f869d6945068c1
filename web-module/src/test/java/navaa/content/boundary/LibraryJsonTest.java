package navaa.content.boundary;

import navaa.content.control.LibraryVideo;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryJsonTest {

    private static final URI BASE = URI.create("https://crm.example.org:8443/");
    private static final String ID = "0123456789abcdef0123456789abcdef";

    private static LibraryVideo video(String file, String link, boolean captions) {
        return new LibraryVideo(ID, Path.of("/data/library/" + file), file, "آموزش پایتون", "یک دوره", 93.41234, 2048,
                List.of(), null, link, "other", "fa", Map.of("has_captions", captions));
    }

    @Test
    void theVideoWithLinksToItselfAndItsFile() {
        var json = LibraryJson.video(video("lesson.mkv", null, true), BASE);
        assertEquals(Set.of("id", "reference", "title", "description", "duration_seconds", "size_bytes", "platform", "language",
                "has_captions", "file_name", "content_type", "url", "file", "link"), json.keySet());
        assertEquals("library:" + ID, json.getString("reference"));
        assertEquals(93.412, json.getJsonNumber("duration_seconds").doubleValue());
        assertEquals(2048, json.getJsonNumber("size_bytes").longValue());
        assertTrue(json.getBoolean("has_captions"));
        assertEquals("https://crm.example.org:8443/api/library/videos/" + ID + "/", json.getString("url"));
        assertEquals(json.getString("url") + "file/", json.getString("file"));
        assertTrue(json.isNull("link"));
        assertEquals("video/x-matroska", json.getString("content_type"));
        assertEquals("lesson.mkv", json.getString("file_name"));
        var linked = LibraryJson.video(video("a.mp4", "https://www.youtube.com/watch?v=x", false), BASE);
        assertEquals("https://www.youtube.com/watch?v=x", linked.getString("link"));
        assertFalse(linked.getBoolean("has_captions"));
    }

    @Test
    void theContentTypeIsTheExtensions() {
        Map<String, String> expected = Map.of("a.mp4", "video/mp4", "a.M4V", "video/mp4", "a.mov", "video/quicktime",
                "a.webm", "video/webm", "a.avi", "video/x-msvideo", "a.mkv", "video/x-matroska");
        expected.forEach((file, type) -> assertEquals(type, LibraryJson.contentType(video(file, null, false)), file));
    }

    @Test
    void theIndexingAnswerLinksWhereTheVideoWillBe() {
        var json = LibraryJson.indexing(ID, BASE);
        assertEquals("indexing", json.getString("status"));
        assertEquals("https://crm.example.org:8443/api/library/videos/" + ID + "/file/", json.getString("file"));
    }
}
