package navaa.integration.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The platform's signature on the JMS messages only it may send: an HMAC-SHA256 over what
 * the message is for and its body, with a key that only the server holds. The broker lets
 * integrations send to the request queue, and an account that got into the broker could
 * publish on the events topic; neither can make a signature, so a {@code {"jobId": n}}
 * request or a job event without a valid one was not sent by the platform.
 */
public final class MessageSignature {

    /** What a signed message is for, inside the MAC, so one kind cannot be replayed as the other. */
    public enum Purpose { JOB_REQUEST, JOB_EVENT }

    private static final String ALGORITHM = "HmacSHA256";
    /** Below this an HMAC-SHA256 key is weaker than the hash (RFC 2104, section 3). */
    private static final int MIN_KEY_BYTES = 32;

    private final SecretKeySpec key;

    private MessageSignature(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a signing key needs at least " + MIN_KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /** The key as server-config writes it: hexadecimal text, surrounding white space ignored. */
    public static MessageSignature withHexKey(String hex) {
        try {
            return new MessageSignature(HexFormat.of().parseHex(hex.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the signing key is not hexadecimal text of at least " + MIN_KEY_BYTES + " bytes", e);
        }
    }

    /** The signature of {@code body} for {@code purpose}, as unpadded base64url text. */
    public String sign(Purpose purpose, String body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purpose, body));
    }

    /** Whether {@code signature} is this key's for {@code body} and {@code purpose}; compared in constant time. */
    public boolean verifies(Purpose purpose, String body, String signature) {
        if (body == null || signature == null) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(mac(purpose, body), given);
    }

    private byte[] mac(Purpose purpose, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.name().getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '\n');
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
