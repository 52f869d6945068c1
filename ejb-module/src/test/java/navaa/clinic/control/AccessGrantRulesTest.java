package navaa.clinic.control;

import navaa.clinic.entity.AccessGrant;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessGrantRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void permissionsKeepTheirWireNamesThroughTheStoredForm() {
        Set<Permission> all = EnumSet.allOf(Permission.class);
        assertEquals("view_history,view_reports,add_notes", Permission.join(all));
        assertEquals(all, Permission.split(Permission.join(all)));
        assertEquals(EnumSet.of(Permission.ADD_NOTES), Permission.split("add_notes"));
        assertTrue(Permission.parse("delete_everything").isEmpty());
    }

    @Test
    void aGrantOpensNothingUntilApprovedAndNothingAfterItsExpiryOrRevocation() {
        AccessGrant grant = new AccessGrant("ABC234", 1, 2, EnumSet.of(Permission.VIEW_REPORTS), "follow-up", NOW,
                NOW.plus(Duration.ofHours(72)));
        assertFalse(grant.opens(Permission.VIEW_REPORTS, NOW));
        grant.approve(NOW);
        assertTrue(grant.opens(Permission.VIEW_REPORTS, NOW.plusSeconds(60)));
        assertFalse(grant.opens(Permission.ADD_NOTES, NOW.plusSeconds(60)), "only the permissions it names");
        assertFalse(grant.opens(Permission.VIEW_REPORTS, NOW.plus(Duration.ofHours(72))), "expired");
        grant.revoke(NOW.plusSeconds(120));
        assertFalse(grant.opens(Permission.VIEW_REPORTS, NOW.plusSeconds(180)));
    }

    @Test
    void accessCodesAreSixUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = AccessCodes.next();
            assertTrue(AccessCodes.wellFormed(code), code);
            assertFalse(code.matches(".*[01OIL].*"), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 990, "drawn at random, not from a short cycle");
        assertFalse(AccessCodes.wellFormed("abc234"));
        assertFalse(AccessCodes.wellFormed("ABC23"));
    }

    @Test
    void aPageRequestReadsDocThreesPageAndPageSize() {
        assertEquals(new PageRequest(1, 20), PageRequest.read(java.util.Map.of()).page());
        PageRequest.Result bad = PageRequest.read(java.util.Map.of("page", "0", "page_size", "101"));
        assertEquals(Set.of("page", "page_size"), bad.errors().keySet());
        assertEquals(40, PageRequest.read(java.util.Map.of("page", "3", "page_size", "20")).page().offset());
    }
}
