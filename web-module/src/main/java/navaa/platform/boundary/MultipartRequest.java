package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadByteCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadFileCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

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
import java.util.logging.Logger;

/**
 * A multipart/form-data request whose parts and form fields Apache Commons FileUpload reads,
 * instead of the container's parser, on first use. Refusals keep the container's meaning
 * for the callers: a body or part over its size is an {@link IllegalStateException} (as
 * the Servlet specification has it), too many parts a 413 and a broken body a 400 in the
 * family's shape. Query string parameters are answered too, as the container would.
 */
final class MultipartRequest extends HttpServletRequestWrapper {

    /** Part headers beyond this are not a form's; FileUpload's default (512 bytes) is short of a long Persian file name. */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final Logger LOG = Logger.getLogger(MultipartRequest.class.getName());

    /**
     * @param maxParts        parts a body may have, fields and files together
     * @param maxPartBytes    content bytes one part may have
     * @param maxBodyBytes    bytes the whole body may have, headers and delimiters included
     * @param memoryThreshold content bytes a part keeps in memory; a part reaching it goes to a file
     */
    record Limits(int maxParts, long maxPartBytes, long maxBodyBytes, int memoryThreshold) {
    }

    private final Limits limits;
    private final Path folder;
    private List<ItemPart> parts;
    private RuntimeException refusal;

    /** @param folder where parts past the memory threshold are written */
    MultipartRequest(HttpServletRequest request, Limits limits, Path folder) {
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
        for (ItemPart part : parts == null ? List.<ItemPart>of() : parts) {
            try {
                part.delete();
            } catch (IOException e) {
                // the container's temporary folder, which it cleans
                LOG.fine(() -> "an upload part's file was not deleted: " + e);
            }
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
        for (ItemPart part : parts()) {
            if (part.getName() != null && part.isField()) {
                parameters.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(part.text(formCharset()));
            }
        }
        return parameters;
    }

    private List<ItemPart> parts() {
        if (refusal != null) {
            throw refusal;
        }
        if (parts == null) {
            try {
                parts = read().stream().map(item -> new ItemPart(item, folder)).toList();
            } catch (RuntimeException e) {
                refusal = e;
                throw e;
            }
        }
        return parts;
    }

    /**
     * The whole body, read as it arrives: FileUpload stops at the first part past the count,
     * and at the first byte past a size, and deletes the files of the parts read so far.
     */
    private List<DiskFileItem> read() {
        Charset charset = formCharset();
        JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload(DiskFileItemFactory.builder()
                .setPath(folder).setThreshold(limits.memoryThreshold()).setCharset(charset).get());
        upload.setMaxFileCount(limits.maxParts());
        upload.setMaxFileSize(limits.maxPartBytes());
        upload.setMaxSize(limits.maxBodyBytes());
        upload.setMaxPartHeaderSize(MAX_HEADER_BYTES);
        upload.setHeaderCharset(charset);
        try {
            // a body without a delimiter is an empty form, as one with only the closing delimiter:
            // the resource refuses it for the fields it misses (doc 000's NO_FILE for a file)
            return upload.parseRequest((HttpServletRequest) getRequest());
        } catch (FileUploadFileCountLimitException e) {
            throw new NavaaException(ErrorCode.TOO_MANY_PARTS, limits.maxParts());
        } catch (FileUploadSizeException e) {
            boolean headers = e.getPermitted() == MAX_HEADER_BYTES && !(e instanceof FileUploadByteCountLimitException);
            throw headers ? malformed(e) : new IllegalStateException(e.getMessage(), e);
        } catch (FileUploadException | IllegalArgumentException | IllegalStateException e) {
            // a body cut short or without a boundary; FileUpload throws IllegalStateException for
            // part headers without the line that ends them, InvalidPathException for a NUL in a file name
            throw malformed(e);
        }
    }

    private static NavaaException malformed(Exception e) {
        LOG.fine(() -> "a broken multipart body: " + e);
        return new NavaaException(ErrorCode.BAD_REQUEST);
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
