package navaa.platform.control;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a part's Content-Disposition ({@code form-data; name="x"; filename="y"})
 * and the charset of its Content-Type, as browsers and HTTP libraries write them: quoted or
 * not, a backslash escaping only a quote or itself (a Windows path keeps its backslashes),
 * and RFC 5987's {@code filename*=UTF-8''...} taking the place of {@code filename}.
 */
final class Disposition {

    private Disposition() {
    }

    /** Parameter names lower-cased; empty for a missing header. */
    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new HashMap<>();
        if (header == null) {
            return parameters;
        }
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i + 1);
            int nextSemicolon = header.indexOf(';', i + 1);
            if (equals < 0 || nextSemicolon >= 0 && nextSemicolon < equals) {
                i = nextSemicolon;
                continue;
            }
            String name = header.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            i = value(header, equals + 1, value);
            parameters.put(name, value.toString());
        }
        String extended = parameters.remove("filename*");
        if (extended != null) {
            decoded(extended).ifPresent(name -> parameters.put("filename", name));
        }
        return parameters;
    }

    /** The charset parameter of a Content-Type, if any. */
    static Optional<String> charsetOf(String contentType) {
        return Optional.ofNullable(parameters(contentType).get("charset")).filter(c -> !c.isBlank());
    }

    /** Reads one value from {@code from} into {@code value}; returns where the next ";" is, or the end. */
    private static int value(String header, int from, StringBuilder value) {
        int i = from;
        while (i < header.length() && header.charAt(i) == ' ') {
            i++;
        }
        if (i < header.length() && header.charAt(i) == '"') {
            for (i++; i < header.length() && header.charAt(i) != '"'; i++) {
                char c = header.charAt(i);
                if (c == '\\' && i + 1 < header.length() && (header.charAt(i + 1) == '"' || header.charAt(i + 1) == '\\')) {
                    c = header.charAt(++i);
                }
                value.append(c);
            }
            int semicolon = header.indexOf(';', i);
            return semicolon < 0 ? header.length() : semicolon;
        }
        int semicolon = header.indexOf(';', i);
        value.append(header, i, semicolon < 0 ? header.length() : semicolon);
        String trimmed = value.toString().strip();
        value.setLength(0);
        value.append(trimmed);
        return semicolon < 0 ? header.length() : semicolon;
    }

    /** {@code charset'language'percent-encoded} (RFC 5987). */
    private static Optional<String> decoded(String extended) {
        int first = extended.indexOf('\'');
        int second = first < 0 ? -1 : extended.indexOf('\'', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        try {
            Charset charset = Charset.forName(extended.substring(0, first));
            return Optional.of(URLDecoder.decode(extended.substring(second + 1).replace("+", "%2B"), charset));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
