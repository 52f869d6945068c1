package navaa.identity.boundary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SameOriginTest {

    @Test
    void theServersOwnOriginMatches() {
        SameOrigin check = new SameOrigin("localhost:8080", List.of());
        assertTrue(check.matches("http://localhost:8080"));
        assertTrue(check.matches("http://localhost:8080/admin/users?x=1"), "a Referer is a URL of the same origin");
    }

    @Test
    void aBrowserRequestMustNameThisServerAndOneWithNeitherHeaderPasses() {
        SameOrigin check = new SameOrigin("localhost:8080", List.of());
        assertTrue(check.allows(null, null), "a client that is not a browser sends neither");
        assertTrue(check.allows("http://localhost:8080", null));
        assertTrue(check.allows(null, "http://localhost:8080/admin/"), "no Origin: the Referer decides");
        assertFalse(check.allows("http://evil.example", null), "login CSRF from another site's form");
        assertFalse(check.allows(null, "http://evil.example/form.html"));
        assertFalse(check.allows("http://evil.example", "http://localhost:8080/"), "the Origin decides when both are sent");
        assertFalse(check.allows("null", null));
    }

    @Test
    void anotherHostOrPortIsRefused() {
        SameOrigin check = new SameOrigin("localhost:8080", List.of());
        assertFalse(check.matches("http://evil.example"));
        assertFalse(check.matches("http://localhost:9090"));
        assertFalse(check.matches("http://localhost.evil.example:8080"));
        assertFalse(check.matches("null"), "sandboxed frames send Origin: null");
        assertFalse(check.matches("not a url at all"));
    }

    @Test
    void aHostHeaderWithoutPortMeansTheDefaultPort() {
        SameOrigin check = new SameOrigin("navaa.hospital.local", List.of());
        assertTrue(check.matches("https://navaa.hospital.local"));
        assertFalse(check.matches("https://navaa.hospital.local:8443"));
    }

    @Test
    void configuredOriginsAreAllowedToo() {
        SameOrigin check = new SameOrigin("localhost:8080", List.of("https://console.hospital.local"));
        assertTrue(check.matches("https://console.hospital.local"));
        assertFalse(check.matches("http://console.hospital.local"));
    }
}
