package navaa.platform.boundary;

import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorResponsesTest {

    @Test
    void theAudioFamilyKeepsItsDocumentsWordsAndOthersThePlatforms() {
        assertEquals("File not found", ErrorResponses.message(ApiFamily.AUDIO, ErrorCode.NOT_FOUND, Locale.ROOT));
        assertEquals("Not found.", ErrorResponses.message(ApiFamily.CHAT, ErrorCode.NOT_FOUND, Locale.ROOT));
        assertEquals("Unsupported file type. Please upload MP3, WAV, M4A, or FLAC files.",
                ErrorResponses.message(ApiFamily.AUDIO, ErrorCode.UNSUPPORTED_MEDIA, Locale.ROOT));
        assertEquals("فرمت فایل پشتیبانی نمی‌شود. لطفاً MP3, WAV, M4A یا FLAC آپلود کنید.",
                ErrorResponses.message(ApiFamily.AUDIO, ErrorCode.UNSUPPORTED_MEDIA, Messages.PERSIAN));
        assertEquals("The file is too large (the limit is 200 MB).",
                ErrorResponses.message(ApiFamily.AUDIO, ErrorCode.FILE_TOO_LARGE, Locale.ROOT, 200));
    }

    @Test
    void aBodyLimitIsWrittenAsAPlainNumber() {
        assertEquals("The request body is too large (the limit is 1024 KB).",
                ErrorResponses.message(ApiFamily.CHAT, ErrorCode.BODY_TOO_LARGE, Locale.ROOT, JsonObjectReader.MAX_BYTES / 1024));
        assertEquals("بدنهٔ درخواست بیش از حد بزرگ است (حداکثر ۱۰۲۴ کیلوبایت)",
                ErrorResponses.message(ApiFamily.CHAT, ErrorCode.BODY_TOO_LARGE, Messages.PERSIAN, 1024));
    }
}
