package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import navaa.identity.boundary.Public;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The OpenAPI document also at /api/schema/, where doc 002's clients look for it: YAML
 * by default, JSON when asked ({@link SchemaFormat}). MicroProfile OpenAPI serves it at
 * /openapi outside this application, so it is read from there over loopback rather than
 * rebuilt; Payara's endpoint answers YAML only to {@code text/plain} (it refuses
 * {@code application/yaml} with 406, which once made this a 503 for plain requests).
 */
@Path("api/schema/")
@Public
public class SchemaResource {

    private static final Logger LOG = Logger.getLogger(SchemaResource.class.getName());
    private static final HttpClient LOOPBACK = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(hidden = true)
    public Response schema(@QueryParam("format") String format) {
        SchemaFormat wanted = SchemaFormat.of(format, headers.getAcceptableMediaTypes())
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        HttpRequest fetch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi"))
                .header("Accept", wanted.json() ? "application/json" : "text/plain").timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<byte[]> document = LOOPBACK.send(fetch, HttpResponse.BodyHandlers.ofByteArray());
            if (document.statusCode() != 200) {
                LOG.warning(() -> "/openapi answered " + document.statusCode() + " to the schema view");
                throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
            }
            return Response.ok(document.body(), wanted.mediaType().withCharset("utf-8")).build();
        } catch (IOException e) {
            throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }
}
