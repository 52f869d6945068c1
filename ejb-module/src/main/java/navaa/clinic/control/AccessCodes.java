package navaa.clinic.control;

import java.security.SecureRandom;

/**
 * A grant's six-character access code, which the patient types or scans to approve it. Drawn
 * from letters and digits that cannot be misread for one another (no 0/O, 1/I/L), so a code
 * read aloud over the phone is typed right.
 */
public final class AccessCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether the text could be a code (upper-cased first: patients type either case). */
    public static boolean wellFormed(String text) {
        return text != null && text.length() == LENGTH && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
