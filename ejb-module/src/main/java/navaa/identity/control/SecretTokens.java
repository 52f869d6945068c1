package navaa.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random opaque tokens (sessions, password resets, API keys) and the digest stored in their place,
 * so a leaked database row cannot be replayed. A plain SHA-256 suffices here, unlike for passwords:
 * the tokens carry full random entropy, so there is nothing to brute-force.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private SecretTokens() {
    }

    /** URL-safe, so tokens can travel in links and headers without escaping. */
    public static String random(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("token length must be at least 1 byte: " + bytes);
        }
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return ENCODER.encodeToString(buffer);
    }

    public static String sha256Hex(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM offers no SHA-256", e); // every JVM must, by spec
        }
    }
}
