package navaa.identity.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A username folded the way the accounts table compares names, for the failed-login
 * counter of a name that matches no account. MariaDB's {@code utf8mb4_unicode_ci} (and
 * so every installation the README describes) ignores case, accents, compatibility forms
 * such as full-width letters, characters with no collation weight, and trailing spaces:
 * {@code álïcé}, {@code ａｌｉｃｅ} and {@code "ALICE "} all find {@code alice}. Folding a
 * little more than the database does (e.g. the Turkish dotless ı) only makes more
 * spellings share one counter, which costs an attacker and no one else.
 */
public final class UsernameFold {

    // combining marks (the accents NFKD splits off), format characters such as zero-width
    // spaces and soft hyphens, and control characters: none of them has a primary weight
    private static final Pattern WEIGHTLESS = Pattern.compile("[\\p{M}\\p{Cf}\\p{Cc}]");

    private UsernameFold() {
    }

    public static String fold(String username) {
        String decomposed = Normalizer.normalize(Objects.requireNonNull(username, "username"), Normalizer.Form.NFKD);
        String bare = WEIGHTLESS.matcher(decomposed).replaceAll("");
        // upper then lower: ß → SS → ss, as the collation sorts it with "ss"
        String folded = bare.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        // PAD SPACE: trailing spaces never count; leading ones do
        return folded.stripTrailing();
    }
}
