package navaa.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Every multipart/form-data request's body is read by Apache Commons FileUpload
 * ({@link MultipartRequest}), within {@code NAVAA_UPLOAD_MAX_PARTS} parts and
 * {@code NAVAA_UPLOAD_MAX_MB}, each part in memory only up to {@link #MEMORY_THRESHOLD}:
 * Payara 6's own parser has no limit on the number of parts (Tomcat's {@code maxPartCount}
 * came after CVE-2023-24998; Payara's {@code org.apache.catalina.fileupload} has none) and
 * keeps every part under 1 MB in the heap, each with a 1 KB buffer even when empty, so a
 * body of many small parts could hold gigabytes there. The parts' files are deleted when
 * the request ends, whatever the outcome.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MultipartGuard extends HttpFilter {

    /** A part reaching this size goes to a file: form fields stay in memory, audio does not. */
    public static final int MEMORY_THRESHOLD = 16 * 1024;
    private static final long MB = 1024 * 1024;
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final Logger LOG = Logger.getLogger(MultipartGuard.class.getName());

    @Inject
    @ConfigProperty(name = "navaa.upload.max-mb", defaultValue = "200")
    long maxMegabytes;

    @Inject
    @ConfigProperty(name = "navaa.upload.max-parts", defaultValue = "50")
    int maxParts;

    /**
     * The media library's uploads are videos, often larger than the audio uploads'
     * {@code NAVAA_UPLOAD_MAX_MB}: their paths ({@link #LARGE_UPLOADS}) have
     * {@code NAVAA_MEDIA_LIBRARY_UPLOAD_MAX_MB} instead. The part still goes to a file as it
     * arrives, so the size costs disk, not heap.
     */
    @Inject
    @ConfigProperty(name = "navaa.media-library.upload-max-mb", defaultValue = "2048")
    long libraryMaxMegabytes;

    /** The paths (after the context root) whose uploads are library videos. */
    static final List<String> LARGE_UPLOADS = List.of("/api/library/videos", "/api/admin/library");

    /** Where parts past the memory threshold are written while their request runs. */
    private Path folder;

    /**
     * A folder of its own in the web module's temporary folder (where the container keeps
     * its parts too), which only the server's user may enter: FileUpload creates its files
     * with the process's default permissions, and they are recordings in transit.
     */
    @Override
    public void init() throws ServletException {
        Object temporary = getServletContext().getAttribute(ServletContext.TEMPDIR);
        Path parent = temporary instanceof File file ? file.toPath() : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            folder = Files.createTempDirectory(Files.createDirectories(parent), "navaa-uploads-");
        } catch (IOException e) {
            throw new ServletException("no folder for uploads in " + parent, e);
        }
    }

    @Override
    public void destroy() {
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a request still running: the container's temporary folder goes with the application
            LOG.fine(() -> "the uploads folder " + folder + " stays: " + e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isMultipartForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        // the same sizes as the container's multipart configuration (MultipartLimits), but for library videos
        long megabytes = isLibraryUpload(request) ? libraryMaxMegabytes : maxMegabytes;
        MultipartRequest.Limits limits = new MultipartRequest.Limits(maxParts, megabytes * MB,
                megabytes * MB + MultipartLimits.FORM_OVERHEAD, MEMORY_THRESHOLD);
        MultipartRequest multipart = new MultipartRequest(request, limits, folder);
        try {
            chain.doFilter(multipart, response);
        } finally {
            multipart.deleteFiles();
        }
    }

    static boolean isLibraryUpload(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return false;
        }
        String path = uri.substring(context.length());
        return LARGE_UPLOADS.stream().anyMatch(path::startsWith);
    }

    private static boolean isMultipartForm(HttpServletRequest request) {
        String type = request.getContentType();
        return WITH_BODY.contains(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }
}
