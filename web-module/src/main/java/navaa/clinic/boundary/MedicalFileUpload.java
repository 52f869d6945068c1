package navaa.clinic.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.clinic.control.MedicalFileForm;
import navaa.clinic.control.MedicalFileType;
import navaa.clinic.entity.MedicalFile;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Doc 003's medical file upload, from the multipart form to a stored file and its row: at most
 * {@code NAVAA_CLINIC_FILE_MAX_MB} (413 FILE_TOO_LARGE past it: by the declared length before
 * a byte is read, else by the part's size before the part is read), the form's fields checked
 * (400), the type told by the content (415 UNSUPPORTED_FORMAT), the bytes written to disk and
 * then recorded; when recording fails the bytes go again, so there is never one without the other.
 */
@ApplicationScoped
public class MedicalFileUpload {

    private static final long MB = 1024L * 1024L;
    /** Room for the form's text fields, part headers and delimiters next to the file (as MultipartLimits allows). */
    private static final long FORM_OVERHEAD = MB;
    private static final String[] FIELDS = {"file_type", "title", "description", "encounter_id"};

    @Inject
    @ConfigProperty(name = "navaa.clinic.file-max-mb", defaultValue = "20")
    long maxMegabytes;

    @Inject
    MedicalFileStore store;

    @Inject
    MedicalFiles files;

    /**
     * The patient's file from the form, stored and recorded.
     *
     * @param request the request as JAX-RS hands it (the multipart filter wrapped it; CDI's is not)
     */
    public MedicalFile upload(long patientAccountId, HttpServletRequest request) {
        if (request.getContentLengthLong() > maxMegabytes * MB + FORM_OVERHEAD) {
            throw tooLarge();
        }
        Part part = filePart(request);
        if (part != null && part.getSize() > maxMegabytes * MB) {
            throw tooLarge();
        }
        MedicalFileForm.Result read = MedicalFileForm.read(fields(request), part == null ? null : part.getSubmittedFileName());
        ClinicInput.requireValid(read.errors());
        MedicalFileForm form = read.form();
        try (InputStream in = part.getInputStream()) {
            byte[] head = in.readNBytes(MedicalFileType.HEAD);
            String mime = MedicalFileType.of(head).orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_FORMAT));
            MedicalFileStore.Stored stored = store.write(new SequenceInputStream(new ByteArrayInputStream(head), in),
                    MedicalFileType.extension(mime), maxMegabytes * MB, maxMegabytes);
            try {
                return files.add(patientAccountId, form,
                        new MedicalFile.Content(form.fileName(), mime, stored.size(), stored.sha256(), stored.name()));
            } catch (RuntimeException e) {
                store.delete(stored.name());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The configured limit in MB. */
    public long maxMegabytes() {
        return maxMegabytes;
    }

    /** The {@code file} part with a file name, or null when the form has none. */
    private Part filePart(HttpServletRequest request) {
        try {
            for (Part part : request.getParts()) {
                if ("file".equals(part.getName()) && part.getSubmittedFileName() != null) {
                    return part;
                }
            }
            return null;
        } catch (IllegalStateException e) {
            // the whole body is past the uploads' limit
            throw tooLarge();
        } catch (IOException | ServletException e) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
    }

    private static Map<String, String> fields(HttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        for (String name : FIELDS) {
            fields.put(name, request.getParameter(name));
        }
        return fields;
    }

    private NavaaException tooLarge() {
        return new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
    }
}
