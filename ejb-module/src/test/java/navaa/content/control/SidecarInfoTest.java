package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SidecarInfoTest {

    @Test
    void readsTheNamedFieldsOfAYtDlpInfoJson() {
        SidecarInfo info = SidecarInfo.parse("""
                {"id": "dQw4w9WgXcQ", "title": " Learn Python ", "description": "A course.",
                 "webpage_url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "extractor": "youtube",
                 "uploader": "Navaa", "view_count": 1200, "duration": 61.5, "formats": [{"url": "x"}],
                 "tags": ["a"]}
                """);

        assertEquals("Learn Python", info.title());
        assertEquals("A course.", info.description());
        assertEquals("youtube", info.extractor());
        assertEquals(Map.of("id", "dQw4w9WgXcQ", "uploader", "Navaa", "view_count", 1200L, "duration", 61.5),
                info.metadata());
    }

    @Test
    void fallsBackToTheExtractorKeyAndIgnoresFieldsOfTheWrongType() {
        SidecarInfo info = SidecarInfo.parse("{\"extractor_key\": \"Instagram\", \"title\": 5}");

        assertEquals("Instagram", info.extractor());
        assertNull(info.title());
    }

    @Test
    void refusesWhatIsNoJsonObject() {
        assertThrows(IllegalArgumentException.class, () -> SidecarInfo.parse("[1]"));
        assertThrows(IllegalArgumentException.class, () -> SidecarInfo.parse("{\"title\": "));
    }
}
