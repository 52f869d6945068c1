package navaa.content.boundary;

import navaa.content.entity.ContentSearchResult;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentJsonTest {

    private static final URI BASE = URI.create("https://crm.example.org:8443/");

    @Test
    void aLibraryVideoWithoutAPageIsLinkedToThisServer() {
        assertEquals("https://crm.example.org:8443/api/library/videos/42/", ContentJson.link(result("library:42", null), BASE));
        assertEquals("https://crm.example.org:8443/api/library/videos/a%20b%2F..%2Fc/",
                ContentJson.link(result("library:a b/../c", null), BASE), "the id stays one path segment");
    }

    @Test
    void aVideoWithItsOwnPageKeepsIt() {
        assertEquals("https://www.youtube.com/watch?v=abc123",
                ContentJson.link(result("library:42", "https://www.youtube.com/watch?v=abc123"), BASE));
    }

    @Test
    void theResultHasExactlyTheDocumentsFields() {
        var json = ContentJson.searchResult(result("library:1", null), "660e8400-e29b-41d4-a716-446655440000", BASE);
        assertEquals(java.util.Set.of("id", "search_request", "title", "link", "snippet", "rank", "is_selected", "metadata", "fetched_at"),
                json.keySet());
        assertEquals(12.5, json.getJsonObject("metadata").getJsonNumber("duration").doubleValue());
        assertEquals("2024-01-15T10:35:05Z", json.getString("fetched_at"));
    }

    @Test
    void onlySelectedTakesDrfsBooleanWords() {
        assertFalse(ProjectResource.onlySelected(null));
        assertTrue(ProjectResource.onlySelected("true"));
        assertTrue(ProjectResource.onlySelected("True"));
        assertTrue(ProjectResource.onlySelected("1"));
        assertFalse(ProjectResource.onlySelected("false"));
        assertFalse(ProjectResource.onlySelected("0"));
        assertThrows(NavaaException.class, () -> ProjectResource.onlySelected("maybe"));
    }

    @Test
    void theContentAndItsDownloadHaveExactlyTheDocumentsFields() {
        var viewed = viewed(navaa.content.control.DownloadStatus.PENDING);
        var content = ContentJson.content(viewed, BASE, java.util.Locale.ENGLISH);
        assertEquals(java.util.Set.of("id", "project", "project_title", "source_url", "content_type", "platform", "file_path",
                "download_status", "video_url", "created_at", "updated_at"), content.keySet());
        assertEquals(java.util.Set.of("task_id", "status", "progress", "error_message"), content.getJsonObject("download_status").keySet());
        assertEquals("pending", content.getJsonObject("download_status").getString("status"));
        assertTrue(content.isNull("file_path"));
        assertTrue(content.isNull("video_url"));
        assertEquals("https://crm.example.org:8443/api/library/videos/42/", content.getString("source_url"));
        var status = ContentJson.downloadStatus(viewed, BASE, java.util.Locale.ENGLISH);
        assertEquals(java.util.Set.of("id", "content", "content_url", "task_id", "status", "progress", "error_message", "download_url",
                "file_size", "started_at", "completed_at", "created_at", "updated_at"), status.keySet());
        assertEquals(content.getJsonObject("download_status").getString("task_id"), status.getString("task_id"));
        assertEquals(content.getString("id"), status.getString("content"));
    }

    @Test
    void aDownloadWithoutItsJobReadsFailedWithAMessage() {
        var status = ContentJson.downloadStatus(viewed(navaa.content.control.DownloadStatus.FAILED), BASE, java.util.Locale.ENGLISH);
        assertEquals("failed", status.getString("status"));
        assertFalse(status.getString("error_message").isBlank());
        assertTrue(status.isNull("download_url"));
    }

    private static ContentItems.Viewed viewed(navaa.content.control.DownloadStatus status) {
        var project = new navaa.content.entity.ContentProject(1, "پروژه ویدیوی جدید", "video", "generating", Instant.parse("2024-01-15T10:00:00Z"));
        var item = new navaa.content.entity.ContentItem(1, 1, "library:42", "library:42", "video", "other", Instant.parse("2024-01-15T11:00:00Z"));
        return new ContentItems.Viewed(item, project, java.util.Optional.empty(), status);
    }

    private static ContentSearchResult result(String reference, String link) {
        return new ContentSearchResult(1, 1, reference, "title", link, "snippet", "other", 1, "{\"duration\":12.5}",
                Instant.parse("2024-01-15T10:35:05Z"));
    }
}
