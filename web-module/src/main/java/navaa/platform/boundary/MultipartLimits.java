package navaa.platform.boundary;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.logging.Logger;

/**
 * The container's multipart limits follow {@code navaa.upload.max-mb}
 * ({@code NAVAA_UPLOAD_MAX_MB}), so the parser stops reading a body, even a chunked one
 * without a declared length, at the configured size and not at a number fixed in web.xml.
 * <p>
 * Only a servlet registered at run time can be given a multipart configuration, so the
 * JAX-RS servlet is not declared in web.xml: Jersey's initializer registers it for
 * {@link NavaaApplication}, and this listener, which runs before the context is
 * initialised, completes it.
 */
@WebListener
public class MultipartLimits implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(MultipartLimits.class.getName());
    static final long MB = 1024 * 1024;
    /**
     * Parts go to disk past this size. The application reads multipart bodies itself
     * ({@link MultipartGuard}); this holds for anything that still reaches the container's parser.
     */
    static final int MEMORY_THRESHOLD = MultipartGuard.MEMORY_THRESHOLD;
    /** Room for a form's text fields and part headers next to its files. */
    static final long FORM_OVERHEAD = MB;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        long maxBytes = ConfigProvider.getConfig().getOptionalValue("navaa.upload.max-mb", Long.class).orElse(200L) * MB;
        ServletRegistration servlet = event.getServletContext().getServletRegistration(NavaaApplication.class.getName());
        if (!(servlet instanceof ServletRegistration.Dynamic dynamic)) {
            throw new IllegalStateException("the JAX-RS servlet " + NavaaApplication.class.getName()
                    + " was not registered at run time, so its upload limit cannot be set (" + servlet + ")");
        }
        dynamic.setMultipartConfig(new MultipartConfigElement(null, maxBytes, maxBytes + FORM_OVERHEAD, MEMORY_THRESHOLD));
        LOG.info(() -> "uploads limited to " + maxBytes / MB + " MB");
    }
}
