package navaa.admin.control;

import navaa.jobs.control.JobKind;
import navaa.jobs.entity.JobState;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JobQueryTest {

    @Test
    void blankFiltersMeanAnyAndTheFirstPageOfTheDefaultSize() {
        JobQuery query = JobQuery.of(null, " ", "", null, null);
        assertEquals(new JobQuery(Optional.empty(), Optional.empty(), Optional.empty(), 1, JobQuery.DEFAULT_SIZE), query);
        assertEquals(0, query.firstResult());
    }

    @Test
    void readsTheWireWordsAndNormalisesTheKind() {
        JobQuery query = JobQuery.of("Processing", "denoise", " alice ", "3", "10");
        assertEquals(Optional.of(JobState.PROCESSING), query.state());
        assertEquals(Optional.of(JobKind.DENOISE), query.kind());
        assertEquals(Optional.of("alice"), query.owner());
        assertEquals(20, query.firstResult());
    }

    @Test
    void namesEveryBadFilter() {
        NavaaException e = assertThrows(NavaaException.class, () -> JobQuery.of("running", "x;drop", null, "0", "500"));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals(java.util.Set.of("state", "kind", "page", "size"), e.fieldErrors().keySet());
    }

    @Test
    void aPageThatIsNotANumberIsRefused() {
        NavaaException e = assertThrows(NavaaException.class, () -> JobQuery.of(null, null, null, "two", null));
        assertEquals(java.util.Set.of("page"), e.fieldErrors().keySet());
    }
}
