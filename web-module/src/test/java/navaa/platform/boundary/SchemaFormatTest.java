package navaa.platform.boundary;

import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaFormatTest {

    @Test
    void aPlainRequestGetsYamlAsDrfSpectacularAnswersIt() {
        SchemaFormat plain = SchemaFormat.of(null, List.of(MediaType.WILDCARD_TYPE)).orElseThrow();
        assertFalse(plain.json());
        assertEquals("vnd.oai.openapi", plain.mediaType().getSubtype());
        assertFalse(SchemaFormat.of(null, List.of()).orElseThrow().json());
        assertFalse(SchemaFormat.of(null, List.of(MediaType.TEXT_HTML_TYPE, MediaType.WILDCARD_TYPE)).orElseThrow().json(), "a browser");
    }

    @Test
    void jsonWhenAskedByAcceptOrByFormat() {
        SchemaFormat accept = SchemaFormat.of(null, List.of(MediaType.APPLICATION_JSON_TYPE)).orElseThrow();
        assertTrue(accept.json());
        assertEquals("json", accept.mediaType().getSubtype());
        assertTrue(SchemaFormat.of(null, List.of(new MediaType("application", "vnd.oai.openapi+json"))).orElseThrow().json());
        assertTrue(SchemaFormat.of("json", List.of(MediaType.WILDCARD_TYPE)).orElseThrow().json());
        assertTrue(SchemaFormat.of("openapi-json", List.of()).orElseThrow().json(), "DRF's own format name");
        assertFalse(SchemaFormat.of("yaml", List.of(MediaType.APPLICATION_JSON_TYPE)).orElseThrow().json(), "the query wins");
        assertEquals("yaml", SchemaFormat.of(null, List.of(new MediaType("application", "yaml"))).orElseThrow().mediaType().getSubtype());
    }

    @Test
    void anUnknownFormatIsNotFound() {
        assertTrue(SchemaFormat.of("xml", List.of()).isEmpty());
    }
}
