package navaa.integration.control;

import navaa.integration.control.MessageSignature.Purpose;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageSignatureTest {

    private static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String OTHER_KEY = "ff112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    private static final String BODY = "{\"jobId\":42}";

    private final MessageSignature signature = MessageSignature.withHexKey(KEY + "\n");

    @Test
    void itsOwnSignatureVerifies() {
        assertTrue(signature.verifies(Purpose.JOB_REQUEST, BODY, signature.sign(Purpose.JOB_REQUEST, BODY)));
    }

    @Test
    void isTheHmacOfPurposeAndBody() {
        // HMAC-SHA256(key, "JOB_REQUEST\n{"jobId":42}"), computed independently with openssl:
        // printf 'JOB_REQUEST\n{"jobId":42}' | openssl dgst -sha256 -mac HMAC -macopt hexkey:<KEY> -binary | base64 (then url-safe, unpadded)
        assertEquals("J30PPc4f1Xf4oNSFtpczpLkDwxz4EK1ZTUMxpUOJp1w", signature.sign(Purpose.JOB_REQUEST, BODY));
    }

    @Test
    void aChangedBodyOrPurposeOrKeyDoesNotVerify() {
        String signed = signature.sign(Purpose.JOB_REQUEST, BODY);
        assertFalse(signature.verifies(Purpose.JOB_REQUEST, "{\"jobId\":43}", signed));
        assertFalse(signature.verifies(Purpose.JOB_EVENT, BODY, signed), "a request's signature is not an event's");
        assertFalse(MessageSignature.withHexKey(OTHER_KEY).verifies(Purpose.JOB_REQUEST, BODY, signed));
    }

    @Test
    void missingOrMalformedSignaturesDoNotVerify() {
        assertFalse(signature.verifies(Purpose.JOB_EVENT, BODY, null));
        assertFalse(signature.verifies(Purpose.JOB_EVENT, BODY, ""));
        assertFalse(signature.verifies(Purpose.JOB_EVENT, BODY, "not base64!"));
        assertFalse(signature.verifies(Purpose.JOB_EVENT, null, "abc"));
    }

    @Test
    void aShortOrGarbledKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MessageSignature.withHexKey("00112233"));
        assertThrows(IllegalArgumentException.class, () -> MessageSignature.withHexKey("not a key"));
    }
}
