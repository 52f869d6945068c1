package navaa.diarization.boundary;

import navaa.diarization.control.DiarizationParameters;
import navaa.models.transcription.TranscriptionSettings;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.Messages;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A diarization asking for transcription on a server with no provider is refused before
 * anything is stored, naming both settings (the system tests' domain has a provider, so the
 * refusal is shown here; AudioErrorCodesTest shows the code's 400 body to doc 000 clients).
 */
class TranscriptionRefusalTest {

    private static DiarizationJobs with(Map<String, String> environment) {
        DiarizationJobs jobs = new DiarizationJobs();
        jobs.transcription = () -> TranscriptionSettings.read(name -> Optional.ofNullable(environment.get(name)));
        return jobs;
    }

    private static DiarizationParameters asking(String transcribe) {
        return DiarizationParameters.of(name -> Optional.ofNullable(Map.of("transcribe", transcribe).get(name)), List.of());
    }

    @Test
    void withNeitherProviderTranscriptionIsRefusedWith400NamingBothSettings() {
        NavaaException e = assertThrows(NavaaException.class, () -> with(Map.of()).checkTranscription(asking("true")));
        assertEquals(ErrorCode.TRANSCRIPTION_MODEL_NOT_CONFIGURED, e.code());
        assertEquals(400, e.code().status());
        for (Locale locale : List.of(Locale.ENGLISH, Messages.PERSIAN)) {
            String message = Messages.of(e.code(), locale, e.arguments());
            assertTrue(message.contains("NAVAA_TRANSCRIPTION_MODEL"), message);
            assertTrue(message.contains("NAVAA_TRANSCRIPTION_BASE_URL"), message);
        }
    }

    @Test
    void eitherProviderIsEnoughAndDiarizationAloneNeedsNone() {
        with(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://127.0.0.1:9/v1")).checkTranscription(asking("true"));
        with(Map.of()).checkTranscription(asking("false"));
        NavaaException file = assertThrows(NavaaException.class, () -> with(Map.of("NAVAA_TRANSCRIPTION_MODEL", "/no/such/ggml-small.bin"))
                .checkTranscription(asking("true")));
        assertEquals(ErrorCode.TRANSCRIPTION_MODEL_INVALID, file.code());
    }

    @Test
    void aServerAddressThatIsNotAUrlIsRefusedAsAProviderThatCannotBeUsed() {
        NavaaException e = assertThrows(NavaaException.class, () -> with(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "asr:8000"))
                .checkTranscription(asking("true")));
        assertEquals(ErrorCode.TRANSCRIPTION_MODEL_INVALID, e.code());
        assertTrue(Messages.of(e.code(), Locale.ENGLISH, e.arguments()).contains("NAVAA_TRANSCRIPTION_BASE_URL"));
    }
}
