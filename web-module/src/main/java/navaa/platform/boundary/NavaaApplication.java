package navaa.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * Every API family is served from the root, as the five documents' clients expect.
 * MP-JWT installs MicroProfile JWT's verifier for {@code Authorization: Bearer}; the
 * other ways in are Navaa's own filters.
 */
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT")
@OpenAPIDefinition(info = @Info(title = "Navaa", version = "1",
        description = "On-prem speech and media AI platform: the ClearCast, Audio Processing, ContentAgent, HELSSA and AI chat APIs in one server."))
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "session", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE, apiKeyName = "sessionid"),
        @SecurityScheme(securitySchemeName = "token", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = "Authorization",
                description = "Authorization: Token <key>"),
        @SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
})
public class NavaaApplication extends Application {
}
