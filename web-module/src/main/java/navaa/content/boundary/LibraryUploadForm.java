package navaa.content.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.content.control.UploadSidecar;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The library upload's multipart form, as both the content API and the console send it:
 * {@code file} (required), {@code title} (at most 500 characters) and {@code description}
 * (at most 5000), optional. Past {@code NAVAA_MEDIA_LIBRARY_UPLOAD_MAX_MB} it is 413
 * FILE_TOO_LARGE: by the declared length before a byte is read, else when the body passes the
 * limit (MultipartGuard gives the library's upload paths this limit instead of
 * {@code NAVAA_UPLOAD_MAX_MB}, and writes the file part to disk as it arrives).
 */
public final class LibraryUploadForm {

    private static final long MB = 1024L * 1024L;
    /** Room for the text fields, part headers and delimiters next to the file (as MultipartLimits allows). */
    private static final long FORM_OVERHEAD = MB;

    /** The form's fields, the file part with its submitted name. */
    public record Read(Part file, String title, String description) {
    }

    private LibraryUploadForm() {
    }

    public static Read read(HttpServletRequest request, long maxMegabytes) {
        if (request.getContentLengthLong() > maxMegabytes * MB + FORM_OVERHEAD) {
            throw tooLarge(maxMegabytes);
        }
        Part file;
        try {
            file = request.getParts().stream()
                    .filter(p -> "file".equals(p.getName()) && p.getSubmittedFileName() != null)
                    .findFirst().orElse(null);
        } catch (IllegalStateException e) {
            // the body passed the limit while it was read
            throw tooLarge(maxMegabytes);
        } catch (IOException | ServletException e) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
        Map<String, FieldError> errors = new LinkedHashMap<>();
        if (file == null) {
            errors.put("file", FieldError.of("field.required"));
        }
        String title = request.getParameter("title");
        String description = request.getParameter("description");
        if (title != null && title.length() > UploadSidecar.MAX_TITLE) {
            errors.put("title", FieldError.of("field.maxLength", UploadSidecar.MAX_TITLE));
        }
        if (description != null && description.length() > UploadSidecar.MAX_DESCRIPTION) {
            errors.put("description", FieldError.of("field.maxLength", UploadSidecar.MAX_DESCRIPTION));
        }
        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
        if (file.getSize() > maxMegabytes * MB) {
            throw tooLarge(maxMegabytes);
        }
        return new Read(file, title, description);
    }

    private static NavaaException tooLarge(long maxMegabytes) {
        return new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
    }
}
