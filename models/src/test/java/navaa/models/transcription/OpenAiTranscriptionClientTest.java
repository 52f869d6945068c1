package navaa.models.transcription;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against a real HTTP server speaking the protocol, its failures included. */
class OpenAiTranscriptionClientTest {

    private static final float[] TWO_SECONDS = new float[2 * Transcriber.SAMPLE_RATE];

    private static OpenAiTranscriptionClient client(URI endpoint, Duration timeout) {
        return new OpenAiTranscriptionClient(endpoint, Optional.of("secret-key"), "whisper-large-v3", timeout);
    }

    @Test
    void sendsTheAudioAsAWavWithTheModelAndLanguageAndReadsTheSegments() throws IOException {
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> TranscriptionStandIn.Answer.ok(
                TranscriptionStandIn.verboseJson(new Object[]{0.0, 1.2, " hello there"}, new Object[]{1.2, 2.0, "friend"})))) {
            List<TimedText> segments = client(server.endpoint(), Duration.ofSeconds(5)).transcribe(TWO_SECONDS, "fa");

            assertEquals(List.of(new TimedText(0, 1.2, " hello there"), new TimedText(1.2, 2.0, "friend")), segments);
            TranscriptionStandIn.Received request = server.received().get(0);
            assertEquals(Map.of("model", "whisper-large-v3", "response_format", "verbose_json", "language", "fa"), request.fields());
            assertEquals("Bearer secret-key", request.authorization());
            assertTrue(request.contentType().startsWith("multipart/form-data; boundary="), request.contentType());
            assertEquals("piece.wav", request.fileName());
            assertEquals(16_000, request.sampleRate());
            assertEquals(1, request.channels());
            assertEquals(2.0, request.seconds(), 1e-9);
        }
    }

    @Test
    void noLanguageLetsTheServerDetectItAndNoKeySendsNoAuthorization() throws IOException {
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> TranscriptionStandIn.Answer.ok("{\"segments\":[]}"))) {
            new OpenAiTranscriptionClient(server.endpoint(), Optional.empty(), "whisper-1", Duration.ofSeconds(5))
                    .transcribe(TWO_SECONDS, null);
            assertFalse(server.received().get(0).fields().containsKey("language"));
            assertNull(server.received().get(0).authorization());
        }
    }

    @Test
    void aServerThatIsNotThereIsSaidWithItsAddressAndSetting() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/v1/audio/transcriptions");
        TranscriptionException e = assertThrows(TranscriptionException.class,
                () -> client(endpoint, Duration.ofSeconds(5)).transcribe(TWO_SECONDS, "en"));
        assertEquals(TranscriptionError.TRANSCRIPTION_SERVER_FAILED, e.error());
        assertTrue(e.getMessage().contains(endpoint.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("NAVAA_TRANSCRIPTION_BASE_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void httpErrorsNameTheStatusTheServersWordsAndTheSettingToCheck() throws IOException {
        Map<Integer, String> settings = Map.of(401, "NAVAA_TRANSCRIPTION_API_KEY", 404, "NAVAA_TRANSCRIPTION_BASE_URL",
                400, "NAVAA_TRANSCRIPTION_SERVER_MODEL", 503, "its own log");
        for (Map.Entry<Integer, String> status : settings.entrySet()) {
            try (TranscriptionStandIn server = new TranscriptionStandIn(r -> new TranscriptionStandIn.Answer(status.getKey(),
                    "{\"error\":{\"message\":\"model busy or wrong\",\"type\":\"server_error\"}}", 0))) {
                TranscriptionException e = assertThrows(TranscriptionException.class,
                        () -> client(server.endpoint(), Duration.ofSeconds(5)).transcribe(TWO_SECONDS, "en"));
                assertEquals(TranscriptionError.TRANSCRIPTION_SERVER_FAILED, e.error());
                assertTrue(e.getMessage().contains("HTTP " + status.getKey()), e.getMessage());
                assertTrue(e.getMessage().contains("model busy or wrong"), e.getMessage());
                assertTrue(e.getMessage().contains(status.getValue()), e.getMessage());
                assertTrue(e.getMessage().contains(server.endpoint().toString()), e.getMessage());
                assertFalse(e.getMessage().contains("secret-key"), e.getMessage());
            }
        }
    }

    @Test
    void anAnswerThatIsNotATranscriptionIsAFailureNotAnEmptyText() throws IOException {
        for (String body : List.of("<html>proxy error</html>", "[1,2]", "{\"segments\":[{\"start\":\"zero\",\"end\":1,\"text\":\"x\"}]}",
                "{\"segments\":{}}", "{\"language\":\"en\"}")) {
            try (TranscriptionStandIn server = new TranscriptionStandIn(r -> TranscriptionStandIn.Answer.ok(body))) {
                TranscriptionException e = assertThrows(TranscriptionException.class,
                        () -> client(server.endpoint(), Duration.ofSeconds(5)).transcribe(TWO_SECONDS, "en"), body);
                assertEquals(TranscriptionError.TRANSCRIPTION_SERVER_FAILED, e.error());
                assertTrue(e.getMessage().contains("not a verbose_json transcription"), e.getMessage());
            }
        }
    }

    @Test
    void aSlowServerTimesOutWithTheSettingNamed() throws IOException {
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> new TranscriptionStandIn.Answer(200, "{\"segments\":[]}", 3000))) {
            long started = System.nanoTime();
            TranscriptionException e = assertThrows(TranscriptionException.class,
                    () -> client(server.endpoint(), Duration.ofSeconds(1)).transcribe(TWO_SECONDS, "en"));
            double waited = (System.nanoTime() - started) / 1e9;
            assertEquals(TranscriptionError.TRANSCRIPTION_SERVER_FAILED, e.error());
            assertTrue(e.getMessage().contains("within 1 s"), e.getMessage());
            assertTrue(e.getMessage().contains("NAVAA_TRANSCRIPTION_TIMEOUT_S"), e.getMessage());
            assertTrue(waited < 2.5, "gave up after " + waited + " s");
        }
    }

    @Test
    void aServerThatAnswersOnlyTextGivesOneSegmentOverThePiece() throws IOException {
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> TranscriptionStandIn.Answer.ok("{\"text\":\"just text\"}"))) {
            assertEquals(List.of(new TimedText(0, 2.0, "just text")),
                    client(server.endpoint(), Duration.ofSeconds(5)).transcribe(TWO_SECONDS, "en"));
        }
    }
}
