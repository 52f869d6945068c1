package navaa.clinic.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes one-time codes and keeps only their HMAC-SHA-256 under a server key, bound to the
 * phone number: a plain hash of six digits would be reversed by trying a million of them,
 * the keyed one cannot be without the key. Comparison takes the same time whatever matches.
 */
public final class OtpHasher {

    public static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    public OtpHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("an OTP key needs at least 256 bits");
        }
        this.key = key.clone();
    }

    /** Six random digits, leading zeros included. */
    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public String hash(String phone, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(("otp:" + phone + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    public boolean matches(String phone, String code, String storedHash) {
        byte[] candidate = hash(phone, code == null ? "" : Digits.latin(code)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(candidate, storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
