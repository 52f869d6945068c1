package navaa.content.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UploadSidecarTest {

    @Test
    void theLibraryReadsBackWhatTheUploaderGaveWithPlatformOther() {
        SidecarInfo info = SidecarInfo.parse(UploadSidecar.json("  آموزش \"پایتون\" ", "یک دوره\nکامل", "crm-user"));
        assertEquals("آموزش \"پایتون\"", info.title());
        assertEquals("یک دوره\nکامل", info.description());
        assertNull(info.extractor());
        assertNull(info.webpageUrl());
        assertEquals(MediaLibraryPlatform.OTHER, MediaLibraryPlatform.of(info.extractor(), info.webpageUrl()));
        assertEquals("crm-user", info.metadata().get("uploader"));
    }

    @Test
    void blankValuesAreLeftOutSoTheContainersTitleStands() {
        assertEquals("{\"uploader\":\"u\"}", UploadSidecar.json(" ", null, "u"));
        assertNull(SidecarInfo.parse(UploadSidecar.json(null, "", "u")).title());
    }
}
