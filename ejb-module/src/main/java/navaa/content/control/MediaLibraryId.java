package navaa.content.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A library video's id: the first 128 bits of SHA-256 over its path relative to the library
 * folder ('/'-separated, Unicode NFC). Stable across restarts and rescans, so a search answer's
 * {@code reference} still names the same file when the download asks for it; and it gives
 * nothing of the folder's layout away.
 */
public final class MediaLibraryId {

    public static final String REFERENCE_PREFIX = "library:";
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");

    private MediaLibraryId() {
    }

    public static String of(Path root, Path file) {
        return ofRelative(relative(root, file));
    }

    static String ofRelative(String relativePath) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(relativePath.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The path relative to the library, '/'-separated and NFC (macOS copies names decomposed). */
    public static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return Normalizer.normalize(relative, Normalizer.Form.NFC);
    }

    /** The id in a {@code library:<id>} reference, or empty when the reference is not a well-formed library one. */
    public static Optional<String> fromReference(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        String id = reference.substring(REFERENCE_PREFIX.length());
        return isWellFormed(id) ? Optional.of(id) : Optional.empty();
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
