package navaa.assistant.control;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChatIdsTest {

    @Test
    void idsAreUrlSafeAndDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ChatIds.next();
            assertTrue(id.matches("[A-Za-z0-9_-]{22}"), id);
            seen.add(id);
        }
        assertEquals(10_000, seen.size());
    }
}
