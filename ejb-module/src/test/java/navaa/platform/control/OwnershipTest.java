package navaa.platform.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OwnershipTest {

    private record Thing(long ownerId) implements Owned {
    }

    private final Thing mine = new Thing(7);

    @Test
    void theOwnerSeesIt() {
        assertSame(mine, Ownership.visible(Optional.of(mine), 7, false));
        assertSame(mine, Ownership.own(Optional.of(mine), 7));
    }

    @Test
    void anotherUsersResourceIsNotFoundLikeAMissingOne() {
        NavaaException foreign = assertThrows(NavaaException.class, () -> Ownership.visible(Optional.of(mine), 8, false));
        NavaaException missing = assertThrows(NavaaException.class, () -> Ownership.visible(Optional.<Thing>empty(), 8, false));
        assertEquals(ErrorCode.NOT_FOUND, foreign.code());
        assertEquals(missing.code(), foreign.code());
    }

    @Test
    void adminsSeeEverythingButOwnOnlyTheirOwn() {
        assertSame(mine, Ownership.visible(Optional.of(mine), 1, true));
        assertThrows(NavaaException.class, () -> Ownership.own(Optional.of(mine), 1));
    }
}
