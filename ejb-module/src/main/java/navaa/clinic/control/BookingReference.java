package navaa.clinic.control;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A booking's reference: doc 003's {@code HLS-2024-0125-1500} (the visit's UTC date and
 * time) and four random letters or digits, since two doctors may see patients at one time.
 */
public final class BookingReference {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MMdd-HHmm").withZone(ZoneOffset.UTC);
    // no 0/O or 1/I: read aloud over the phone
    private static final String LETTERS = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private BookingReference() {
    }

    public static String of(Instant scheduledAt) {
        StringBuilder suffix = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            suffix.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return "HLS-" + WHEN.format(scheduledAt) + "-" + suffix;
    }
}
