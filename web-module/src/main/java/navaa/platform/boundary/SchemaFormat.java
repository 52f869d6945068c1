package navaa.platform.boundary;

import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What /api/schema/ answers, chosen as drf-spectacular's schema view (doc 002's
 * {@code /api/schema/}) chooses: YAML unless the client asks for JSON, by
 * {@code ?format=json|yaml} (DRF's own {@code openapi-json|openapi} too) or by Accept.
 */
public record SchemaFormat(boolean json, MediaType mediaType) {

    static final MediaType OPENAPI_YAML = new MediaType("application", "vnd.oai.openapi");
    static final MediaType OPENAPI_JSON = new MediaType("application", "vnd.oai.openapi+json");
    static final MediaType YAML = new MediaType("application", "yaml");
    private static final SchemaFormat DEFAULT = new SchemaFormat(false, OPENAPI_YAML);

    /** The format for a {@code format} query value and the Accept header's types, best first; empty for an unknown format. */
    public static Optional<SchemaFormat> of(String format, List<MediaType> accepted) {
        if (format != null && !format.isBlank()) {
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "json", "openapi-json" -> Optional.of(new SchemaFormat(true, OPENAPI_JSON));
                case "yaml", "openapi" -> Optional.of(DEFAULT);
                default -> Optional.empty();
            };
        }
        for (MediaType type : accepted) {
            for (MediaType offered : List.of(OPENAPI_YAML, YAML, OPENAPI_JSON, MediaType.APPLICATION_JSON_TYPE)) {
                if (!type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(offered)) {
                    return Optional.of(new SchemaFormat(offered.getSubtype().endsWith("json"), offered));
                }
            }
        }
        return Optional.of(DEFAULT);
    }
}
