package navaa.clinic.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;

/**
 * A profile image from a multipart form's {@code profile_image} (or {@code photo}) file
 * part, at most {@code NAVAA_CLINIC_PHOTO_MAX_MB} (413 past it, before it is read).
 */
@ApplicationScoped
public class DoctorPhotoUpload {

    private static final Set<String> FIELDS = Set.of("profile_image", "photo");

    @Inject
    @ConfigProperty(name = "navaa.clinic.photo-max-mb", defaultValue = "2")
    int maxMegabytes;

    public byte[] read(HttpServletRequest request) {
        Part part = part(request);
        if (part.getSize() > maxMegabytes * 1024L * 1024L) {
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
        }
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Part part(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                if (FIELDS.contains(part.getName()) && part.getSubmittedFileName() != null && part.getSize() > 0) {
                    return part;
                }
            }
        } catch (IllegalStateException e) {
            // the whole body is past the uploads' limit
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
        } catch (IOException | ServletException e) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
        throw NavaaException.invalid(ErrorCode.NO_FILE, Map.of("profile_image", FieldError.of("field.image")));
    }
}
