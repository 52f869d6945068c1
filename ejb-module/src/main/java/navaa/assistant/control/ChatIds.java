package navaa.assistant.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Doc 004's opaque chat and message ids: 128 random bits, URL-safe. Random rather than
 * sequential, so an id tells nothing about other users' chats and cannot be guessed.
 */
public final class ChatIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ChatIds() {
    }

    /** 22 characters of [A-Za-z0-9_-]. */
    public static String next() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return ENCODER.encodeToString(bits);
    }
}
