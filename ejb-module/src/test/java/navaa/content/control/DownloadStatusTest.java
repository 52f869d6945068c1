package navaa.content.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DownloadStatusTest {

    @Test
    void theJobsStateAndStepAreTheDocumentsFiveWords() {
        assertEquals("pending", DownloadStatus.of("pending", null).word());
        assertEquals("downloading", DownloadStatus.of("processing", null).word());
        assertEquals("downloading", DownloadStatus.of("processing", "fetch").word());
        assertEquals("processing", DownloadStatus.of("processing", "convert").word());
        assertEquals("completed", DownloadStatus.of("completed", "convert").word());
        assertEquals("failed", DownloadStatus.of("failed", "fetch").word());
        assertEquals("failed", DownloadStatus.of(null, null).word());
    }
}
