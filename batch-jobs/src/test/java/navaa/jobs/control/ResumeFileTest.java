package navaa.jobs.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeFileTest {

    @TempDir
    Path work;

    @Test
    void noFileMeansStartFromTheBeginning() {
        assertEquals(Optional.empty(), new ResumeFile(work).read());
    }

    @Test
    void theLastPointWrittenIsTheOneRead() {
        ResumeFile file = new ResumeFile(work);
        file.write(new ResumePoint(10, false, 5, new float[]{1, 2}, false));
        file.write(new ResumePoint(20, true, 19, new float[]{3, 4}, true));

        ResumePoint point = new ResumeFile(work).read().orElseThrow();
        assertEquals(20, point.inputFrames());
        assertTrue(point.inputEnded());
        assertEquals(19, point.outputFrames());
        assertArrayEquals(new float[]{3, 4}, (float[]) point.kernel());
        assertTrue(point.flushed());
        assertTrue(Files.notExists(work.resolve(ResumeFile.NAME + ".new")), "nothing left aside");
    }

    @Test
    void aDamagedFileFailsTheJobAsAResumeThatCannotBeMadeNamingTheFileForTheLog() throws IOException {
        Files.write(work.resolve(ResumeFile.NAME), new byte[]{1, 2, 3});
        JobFailureException error = assertThrows(JobFailureException.class, () -> new ResumeFile(work).read());
        assertEquals(JobFailure.RESUME_FAILED, error.failure());
        assertTrue(error.getMessage().contains(work.resolve(ResumeFile.NAME).toString()), error.getMessage());
    }
}
