package navaa.models.transcription;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TranscriptionSettingsTest {

    private static TranscriptionSettings of(Map<String, String> environment) {
        return TranscriptionSettings.read(name -> Optional.ofNullable(environment.get(name)));
    }

    @Test
    void withNeitherProviderTheRefusalNamesBothSettings() {
        for (Map<String, String> environment : java.util.List.of(Map.<String, String>of(),
                Map.of("NAVAA_TRANSCRIPTION_MODEL", " ", "NAVAA_TRANSCRIPTION_BASE_URL", ""),
                Map.of("NAVAA_TRANSCRIPTION_API_KEY", "k", "NAVAA_TRANSCRIPTION_SERVER_MODEL", "m"))) {
            TranscriptionException e = assertThrows(TranscriptionException.class, () -> of(environment).check("fa"));
            assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_NOT_CONFIGURED, e.error());
            assertTrue(e.getMessage().contains("NAVAA_TRANSCRIPTION_MODEL "), e.getMessage());
            assertTrue(e.getMessage().contains("NAVAA_TRANSCRIPTION_BASE_URL"), e.getMessage());
        }
    }

    @Test
    void aServerIsCheckedWithoutBeingCalledAndItsEndpointIsTheTranscriptionsPath() {
        TranscriptionSettings settings = of(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://127.0.0.1:9/v1/"));
        settings.check("fa");
        settings.check(null);
        assertTrue(settings.usesServer());
        assertEquals(URI.create("http://127.0.0.1:9/v1/audio/transcriptions"), settings.endpoint());
        assertEquals(URI.create("https://asr.example/v1/audio/transcriptions"),
                of(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "https://asr.example/v1/audio/transcriptions")).endpoint());
        assertEquals(Duration.ofSeconds(600), settings.timeout());
        assertEquals(Duration.ofSeconds(5), of(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://h/v1",
                "NAVAA_TRANSCRIPTION_TIMEOUT_S", "5")).timeout());
        assertTrue(settings.server().isPresent());
        assertFalse(of(Map.of("NAVAA_TRANSCRIPTION_MODEL", "/m/ggml-small.bin")).server().isPresent());
    }

    @Test
    void valuesThatCannotWorkAreRefusedBeforeAJobWithTheSettingNamed() {
        Map<Map<String, String>, String> wrong = Map.of(
                Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "asr-host:8000"), "NAVAA_TRANSCRIPTION_BASE_URL",
                Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "ftp://asr/v1"), "NAVAA_TRANSCRIPTION_BASE_URL",
                Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://asr/v1", "NAVAA_TRANSCRIPTION_TIMEOUT_S", "0"), "NAVAA_TRANSCRIPTION_TIMEOUT_S",
                Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://asr/v1", "NAVAA_TRANSCRIPTION_TIMEOUT_S", "ten"), "NAVAA_TRANSCRIPTION_TIMEOUT_S",
                Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://asr/v1", "NAVAA_TRANSCRIPTION_MODEL", "/m/ggml-small.bin"),
                "both NAVAA_TRANSCRIPTION_MODEL and NAVAA_TRANSCRIPTION_BASE_URL");
        wrong.forEach((environment, named) -> {
            TranscriptionException e = assertThrows(TranscriptionException.class, () -> of(environment).check(null), environment::toString);
            assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error());
            assertTrue(e.getMessage().contains(named), e.getMessage());
        });
    }

    @Test
    void aModelFileIsCheckedAsBefore() {
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> of(Map.of("NAVAA_TRANSCRIPTION_MODEL", "/no/such/ggml-small.bin")).check("fa"));
        assertEquals(TranscriptionError.TRANSCRIPTION_MODEL_INVALID, e.error());
        assertTrue(e.getMessage().contains("/no/such/ggml-small.bin"), e.getMessage());
    }

    @Test
    void theServerReadsTheSameNamesThroughMicroProfileConfig() {
        assertEquals("navaa.transcription.model", TranscriptionSettings.configKey("NAVAA_TRANSCRIPTION_MODEL"));
        assertEquals(TranscriptionModel.SETTING, TranscriptionSettings.configKey(TranscriptionSettings.MODEL));
        assertEquals("navaa.transcription.base-url", TranscriptionSettings.configKey("NAVAA_TRANSCRIPTION_BASE_URL"));
        assertEquals("navaa.transcription.server-model", TranscriptionSettings.configKey("NAVAA_TRANSCRIPTION_SERVER_MODEL"));
        assertEquals("navaa.transcription.timeout-s", TranscriptionSettings.configKey("NAVAA_TRANSCRIPTION_TIMEOUT_S"));
    }

    @Test
    void theDescriptionNeverShowsTheKey() {
        String described = of(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", "http://asr/v1", "NAVAA_TRANSCRIPTION_API_KEY", "sk-secret")).describe();
        assertTrue(described.contains("http://asr/v1") && described.contains("whisper-1"), described);
        assertFalse(described.contains("sk-secret"), described);
    }
}
