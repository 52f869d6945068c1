package navaa.identity.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * scrypt password hashes in a self-describing string, so the cost parameters can be raised
 * later without invalidating existing hashes: {@code scrypt$N$r$p$<salt>$<hash>}.
 */
public final class PasswordHasher {

    /** Node's crypto.scrypt defaults; the doc-004 system hashed with these, so imported hashes verify. */
    static final int DEFAULT_N = 16384;
    static final int DEFAULT_R = 8;
    static final int DEFAULT_P = 1;

    private static final String SCHEME = "scrypt";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;

    /*
     * Stored values are trusted only so far: a corrupted or tampered row must not make a single
     * login attempt allocate gigabytes (scrypt needs 128 * N * r bytes) or spin for minutes.
     */
    private static final long MAX_MEMORY_BYTES = 256L * 1024 * 1024;
    private static final int MAX_P = 16;

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final int n;
    private final int r;
    private final int p;

    public PasswordHasher() {
        this(DEFAULT_N, DEFAULT_R, DEFAULT_P);
    }

    public PasswordHasher(int n, int r, int p) {
        if (!acceptable(n, r, p)) {
            throw new IllegalArgumentException("unusable scrypt parameters N=" + n + " r=" + r + " p=" + p);
        }
        this.n = n;
        this.r = r;
        this.p = p;
    }

    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, n, r, p, KEY_BYTES);
        return String.join("$", SCHEME, Integer.toString(n), Integer.toString(r), Integer.toString(p),
                ENCODER.encodeToString(salt), ENCODER.encodeToString(key));
    }

    public boolean verify(char[] password, String stored) {
        Objects.requireNonNull(password, "password");
        Optional<Stored> parsed = Stored.parse(stored);
        if (parsed.isEmpty()) {
            return false;
        }
        Stored s = parsed.get();
        byte[] candidate = derive(password, s.salt(), s.n(), s.r(), s.p(), s.hash().length);
        return MessageDigest.isEqual(candidate, s.hash());
    }

    /** True when the stored hash was made with other parameters (or cannot be read), so re-hash after login. */
    public boolean needsRehash(String stored) {
        return Stored.parse(stored)
                .map(s -> s.n() != n || s.r() != r || s.p() != p || s.hash().length != KEY_BYTES)
                .orElse(true);
    }

    /** Package-private so tests can check the argument order against RFC 7914 vectors. */
    static byte[] derive(char[] password, byte[] salt, int n, int r, int p, int keyLength) {
        // UTF-8, like Node's string passwords, so hashes imported from doc-004 still match.
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            return SCrypt.generate(bytes, salt, n, r, p, keyLength);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    private static boolean acceptable(int n, int r, int p) {
        boolean powerOfTwo = n > 1 && (n & (n - 1)) == 0;
        return powerOfTwo && r >= 1 && p >= 1 && p <= MAX_P && 128L * n * r <= MAX_MEMORY_BYTES;
    }

    private record Stored(int n, int r, int p, byte[] salt, byte[] hash) {

        static Optional<Stored> parse(String stored) {
            if (stored == null) {
                return Optional.empty();
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 6 || !SCHEME.equals(parts[0])) {
                return Optional.empty();
            }
            try {
                int n = Integer.parseInt(parts[1]);
                int r = Integer.parseInt(parts[2]);
                int p = Integer.parseInt(parts[3]);
                byte[] salt = DECODER.decode(parts[4]);
                byte[] hash = DECODER.decode(parts[5]);
                if (!acceptable(n, r, p) || salt.length == 0 || hash.length < 16) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(n, r, p, salt, hash));
            } catch (IllegalArgumentException malformed) { // covers NumberFormatException too
                return Optional.empty();
            }
        }
    }
}
