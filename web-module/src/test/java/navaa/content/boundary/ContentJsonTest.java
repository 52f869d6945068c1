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

    private static ContentSearchResult result(String reference, String link) {
        return new ContentSearchResult(1, 1, reference, "title", link, "snippet", "other", 1, "{\"duration\":12.5}",
                Instant.parse("2024-01-15T10:35:05Z"));
    }
}
