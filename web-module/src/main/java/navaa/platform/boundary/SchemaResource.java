package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
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

/**
 * The OpenAPI document also at /api/schema/, where doc 002's clients look for it.
 * MicroProfile OpenAPI serves it at /openapi outside this application, so it is read
 * from there over loopback rather than rebuilt.
 */
@Path("api/schema/")
@Public
public class SchemaResource {

    private static final HttpClient LOOPBACK = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Context
    HttpServletRequest request;

    @GET
    @Operation(hidden = true)
    public Response schema(@HeaderParam("Accept") String accept) {
        String wanted = accept != null && accept.contains("json") ? "application/json" : "application/yaml";
        HttpRequest fetch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi"))
                .header("Accept", wanted).timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<byte[]> document = LOOPBACK.send(fetch, HttpResponse.BodyHandlers.ofByteArray());
            if (document.statusCode() != 200) {
                throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
            }
            return Response.ok(document.body(), document.headers().firstValue("Content-Type").orElse(wanted)).build();
        } catch (IOException e) {
            throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }
}
