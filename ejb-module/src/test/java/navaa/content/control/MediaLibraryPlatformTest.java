package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MediaLibraryPlatformTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "youtube, -, youtube",
            "youtube:tab, -, youtube",
            "Instagram, -, instagram",
            "LinkedIn:learning, -, linkedin",
            "generic, https://m.youtube.com/watch?v=1, youtube",
            "-, https://youtu.be/abc, youtube",
            "-, https://www.instagram.com/reel/x/, instagram",
            "-, https://www.linkedin.com/posts/x, linkedin",
            "-, https://notyoutube.com/x, other",
            "vimeo, https://vimeo.com/1, other",
            "-, -, other"})
    void fromTheExtractorElseTheHost(String extractor, String url, String platform) {
        assertEquals(platform, MediaLibraryPlatform.of(extractor, url));
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        assertEquals("https://youtu.be/a", MediaLibraryPlatform.webLink("https://youtu.be/a"));
        assertNull(MediaLibraryPlatform.webLink("file:///etc/passwd"));
        assertNull(MediaLibraryPlatform.webLink("javascript:alert(1)"));
    }
}
