package navaa.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import navaa.platform.control.MultipartBody;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Every multipart/form-data request's body is read by {@link MultipartBody}, within
 * {@code NAVAA_UPLOAD_MAX_PARTS} parts and {@code NAVAA_UPLOAD_MAX_MB}, each part in memory
 * only up to {@link #MEMORY_THRESHOLD}: the container's own parser has no limit on the
 * number of parts and keeps each in the heap, so a body of many small parts could hold
 * gigabytes there. The parts' files are deleted when the request ends.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class MultipartGuard extends HttpFilter {

    /** A part larger than this goes to a file: form fields stay in memory, audio does not. */
    public static final int MEMORY_THRESHOLD = 16 * 1024;
    private static final long MB = 1024 * 1024;
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Inject
    @ConfigProperty(name = "navaa.upload.max-mb", defaultValue = "200")
    long maxMegabytes;

    @Inject
    @ConfigProperty(name = "navaa.upload.max-parts", defaultValue = "50")
    int maxParts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isMultipartForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        // the same sizes as the container's multipart configuration (MultipartLimits)
        MultipartBody.Limits limits = new MultipartBody.Limits(maxParts, maxMegabytes * MB,
                maxMegabytes * MB + MultipartLimits.FORM_OVERHEAD, MEMORY_THRESHOLD);
        MultipartRequest multipart = new MultipartRequest(request, limits, temporaryFolder());
        try {
            chain.doFilter(multipart, response);
        } finally {
            multipart.deleteFiles();
        }
    }

    private static boolean isMultipartForm(HttpServletRequest request) {
        String type = request.getContentType();
        return WITH_BODY.contains(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The web module's own temporary folder, where the container keeps its parts too. */
    private Path temporaryFolder() {
        Object folder = getServletContext().getAttribute(ServletContext.TEMPDIR);
        return folder instanceof File file ? file.toPath() : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
