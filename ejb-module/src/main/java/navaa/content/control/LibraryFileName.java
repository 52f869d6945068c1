package navaa.content.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The name an uploaded video gets in the library folder, from the name its client sent:
 * only the last path segment (no folders, so nothing lands outside the library), no leading
 * dots (a hidden name would never be indexed, see {@link SidecarFiles#isHidden}), no control or
 * bidi-override characters (which could show a name's extension as another; the zero-width
 * non-joiner of Persian words stays), none of {@code :*?"<>|}, and one of the library's
 * video extensions, lower-cased. The base is cut to {@link #MAX_BASE_BYTES} of UTF-8 so the
 * name with a collision suffix and the {@code .info.json} sidecar stays within a file system's
 * 255 bytes.
 */
public final class LibraryFileName {

    public static final int MAX_BASE_BYTES = 150;
    /** What a name with nothing usable before its extension is called. */
    static final String FALLBACK_BASE = "video";
    private static final String FORBIDDEN = ":*?\"<>|";

    private final String base;
    private final String extension;

    private LibraryFileName(String base, String extension) {
        this.base = base;
        this.extension = extension;
    }

    /** The safe name, or empty when the name has no video extension of the library's (415 at the boundary). */
    public static Optional<LibraryFileName> of(String submitted) {
        if (submitted == null) {
            return Optional.empty();
        }
        String name = Normalizer.normalize(lastSegment(submitted), Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        if (!SidecarFiles.VIDEO_EXTENSIONS.contains(extension)) {
            return Optional.empty();
        }
        String base = clean(name.substring(0, dot));
        return Optional.of(new LibraryFileName(base.isEmpty() ? FALLBACK_BASE : cut(base, MAX_BASE_BYTES), extension));
    }

    /** {@code lesson.mp4}, or with {@code n > 1} the n-th free choice {@code lesson-n.mp4}. */
    public String name(int n) {
        return (n > 1 ? base + "-" + n : base) + "." + extension;
    }

    /** The base of {@link #name(int)}: what its sidecars start with. */
    public String base(int n) {
        return n > 1 ? base + "-" + n : base;
    }

    public String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return name(1);
    }

    private static String lastSegment(String submitted) {
        int slash = Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\'));
        return slash < 0 ? submitted : submitted.substring(slash + 1);
    }

    private static String clean(String base) {
        StringBuilder kept = new StringBuilder(base.length());
        base.codePoints().forEach(c -> {
            if (FORBIDDEN.indexOf(c) >= 0 || Character.isWhitespace(c) && c != ' ') {
                kept.append('_'); // tabs and line breaks too: a name stays one line in logs and listings
            } else if (!Character.isISOControl(c) && (Character.getType(c) != Character.FORMAT || c == 0x200C || c == 0x200D)) {
                kept.appendCodePoint(c);
            }
        });
        // leading dots and blanks (hidden names), trailing dots and blanks (Windows drops them, and "a..mp4" reads badly)
        return kept.toString().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    }

    /** At most {@code maxBytes} of UTF-8, cut between code points. */
    static String cut(String text, int maxBytes) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        StringBuilder cut = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            cut.appendCodePoint(c);
            bytes += size;
            i += Character.charCount(c);
        }
        return cut.toString().strip();
    }
}
