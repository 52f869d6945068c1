package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FormPart;
import navaa.platform.control.MultipartBody;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multipart/form-data request whose parts and form fields come from {@link MultipartBody}
 * instead of the container's parser, read on first use. Refusals keep the container's
 * meaning for the callers: a body or part over its size is an {@link IllegalStateException}
 * (as the Servlet specification has it), too many parts a 413 and a broken body a 400 in
 * the family's shape. Query string parameters are answered too, as the container would.
 */
final class MultipartRequest extends HttpServletRequestWrapper {

    private final MultipartBody.Limits limits;
    private final Path folder;
    private List<FormPart> parts;
    private RuntimeException refusal;

    MultipartRequest(HttpServletRequest request, MultipartBody.Limits limits, Path folder) {
        super(request);
        this.limits = limits;
        this.folder = folder;
    }

    @Override
    public Collection<Part> getParts() {
        return Collections.unmodifiableList(parts());
    }

    @Override
    public Part getPart(String name) {
        return parts().stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterValues(name);
        return values == null ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        List<String> values = parameters().get(name);
        return values == null ? null : values.toArray(String[]::new);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> map = new LinkedHashMap<>();
        parameters().forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    /** Deletes the files of the parts kept on disk; called when the request ends. */
    void deleteFiles() {
        if (parts != null) {
            parts.forEach(FormPart::delete);
        }
    }

    /** Form fields (parts with no file name) after the query string's parameters, as the container orders them. */
    private Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        String query = getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                if (!name.isEmpty()) {
                    parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
        for (FormPart part : parts()) {
            if (part.getName() != null && part.isField()) {
                parameters.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(part.text(formCharset()));
            }
        }
        return parameters;
    }

    private List<FormPart> parts() {
        if (refusal != null) {
            throw refusal;
        }
        if (parts == null) {
            try {
                parts = MultipartBody.read(super.getInputStream(), boundary(), limits, folder, formCharset());
            } catch (MultipartBody.TooManyParts e) {
                refusal = new NavaaException(ErrorCode.TOO_MANY_PARTS, limits.maxParts());
            } catch (MultipartBody.TooLarge e) {
                refusal = new IllegalStateException(e.getMessage(), e);
            } catch (IOException e) {
                refusal = new NavaaException(ErrorCode.BAD_REQUEST);
            }
            if (refusal != null) {
                throw refusal;
            }
        }
        return parts;
    }

    private String boundary() {
        String type = Optional.ofNullable(getContentType()).orElse("");
        for (String parameter : type.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.regionMatches(true, 0, "boundary=", 0, 9)) {
                String value = trimmed.substring(9).strip();
                return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** What forms without a declared charset are in: glassfish-web.xml's UTF-8 unless the request says otherwise. */
    private Charset formCharset() {
        try {
            return Optional.ofNullable(getCharacterEncoding()).map(Charset::forName).orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private String decode(String text) {
        try {
            return URLDecoder.decode(text, formCharset());
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
