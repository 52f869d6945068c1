package navaa.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body read from the stream JAX-RS hands a
 * resource, for resources that also take other kinds of body (a {@code @FormParam}
 * method takes only this one). UTF-8 unless the type names a charset, as browsers and
 * Python's requests send it.
 */
public final class UrlencodedForm {

    static final int MAX_BYTES = 64 * 1024;

    private final Map<String, List<String>> fields;

    private UrlencodedForm(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public static UrlencodedForm read(InputStream entity, MediaType type) throws IOException {
        byte[] body = entity.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new NavaaException(ErrorCode.BODY_TOO_LARGE, MAX_BYTES / 1024);
        }
        return parse(new String(body, JsonObjectReader.charset(type)), type);
    }

    static UrlencodedForm parse(String body, MediaType type) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), type);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), type);
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return new UrlencodedForm(fields);
    }

    /** The first non-blank value of a field. */
    public Optional<String> first(String name) {
        return fields.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static String decode(String text, MediaType type) {
        try {
            return URLDecoder.decode(text, JsonObjectReader.charset(type));
        } catch (IllegalArgumentException e) {
            // a stray '%' not followed by two hex digits
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
    }
}
