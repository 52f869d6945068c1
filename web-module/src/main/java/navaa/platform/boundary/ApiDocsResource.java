package navaa.platform.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import navaa.identity.boundary.Public;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Swagger UI at /api/docs/, from the swagger-ui webjar packaged in the WAR: nothing is
 * fetched from a CDN. It reads the MicroProfile OpenAPI document at /openapi.
 */
@Path("api")
@Public
public class ApiDocsResource {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "html", "text/html; charset=UTF-8", "png", "image/png", "map", "application/json");

    @GET
    @Path("docs/")
    @Operation(hidden = true)
    public Response index() {
        return asset("api-docs.html", ApiDocsResource.class.getResourceAsStream("api-docs.html"));
    }

    @GET
    @Path("redoc/")
    @Operation(hidden = true)
    public Response redoc() {
        return Response.seeOther(URI.create("/api/docs/")).build();
    }

    @GET
    @Path("docs/{file}")
    @Operation(hidden = true)
    public Response file(@PathParam("file") String file) {
        if (!ASSET.matcher(file).matches()) {
            throw new NotFoundException();
        }
        InputStream own = ApiDocsResource.class.getResourceAsStream(file);
        if (own != null && file.startsWith("navaa-")) {
            return asset(file, own);
        }
        return asset(file, ApiDocsResource.class.getClassLoader().getResourceAsStream(WEBJAR + file));
    }

    /** The webjar's own record of its version, so a dependency bump needs no code change. */
    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = ApiDocsResource.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version", "missing");
    }

    private static Response asset(String name, InputStream content) {
        if (content == null) {
            throw new NotFoundException();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, TYPES.getOrDefault(extension, "application/octet-stream")).cacheControl(cache).build();
    }
}
