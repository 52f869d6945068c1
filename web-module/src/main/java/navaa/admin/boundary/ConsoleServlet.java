package navaa.admin.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the console's static files from the WAR's {@code admin/} folder, {@code /admin/}
 * being its {@code index.html}. JAX-RS owns every path from the root, so without this more
 * specific mapping the container's default servlet would never see them. The page is
 * public (it shows a login form); everything it shows comes from the admin-only APIs.
 * The policy header keeps the browser from loading or sending anything anywhere else.
 */
@WebServlet("/admin/*")
public class ConsoleServlet extends HttpServlet {

    private static final String FOLDER = "/admin";
    private static final Pattern FILE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8", "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null) {
            response.sendRedirect(request.getContextPath() + FOLDER + "/");
            return;
        }
        String file = path.equals("/") ? "/index.html" : path;
        String extension = file.substring(file.lastIndexOf('.') + 1);
        if (!FILE.matcher(file).matches() || !TYPES.containsKey(extension)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream content = getServletContext().getResourceAsStream(FOLDER + file)) {
            if (content == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(TYPES.get(extension));
            // small files on the server's own network: always revalidated, so an upgrade shows at once
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            content.transferTo(response.getOutputStream());
        }
    }
}
