package navaa.jobs.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ResumableCopyTest {

    @TempDir
    Path folder;

    @Test
    void aCopyCutShortByACrashContinuesFromThePartsLength() throws Exception {
        byte[] video = new byte[(int) ResumableCopy.PIECE * 2 + 12_345];
        new Random(7).nextBytes(video);
        Path source = Files.write(folder.resolve("film.mkv"), video);
        Path part = folder.resolve("source.mkv.part");
        Files.write(part, Arrays.copyOf(video, 5_000_000));

        long from = ResumableCopy.resumeAt(part, video.length);
        assertEquals(5_000_000, from);
        List<Integer> percents = new ArrayList<>();
        assertEquals(video.length - 5_000_000L, ResumableCopy.copy(source, part, from, percents::add));
        assertArrayEquals(video, Files.readAllBytes(part));
        assertEquals(100, percents.get(percents.size() - 1));
    }

    @Test
    void aPartLongerThanTheSourceIsStartedAgainAndTheCopyIsTheOwnersOnly() throws Exception {
        Path source = Files.write(folder.resolve("film.mp4"), new byte[1000]);
        Path part = Files.write(folder.resolve("source.mp4.part"), new byte[2000]);
        assertEquals(0, ResumableCopy.resumeAt(part, 1000));
        assertEquals(0, ResumableCopy.resumeAt(folder.resolve("none.part"), 1000));
        Files.delete(part);
        ResumableCopy.copy(source, part, 0, percent -> { });
        assertEquals(1000, Files.size(part));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(part)));
    }

    @Test
    void aSourceThatShrankIsUnreadable() throws Exception {
        Path source = Files.write(folder.resolve("film.mp4"), new byte[10]);
        Path part = Files.write(folder.resolve("source.mp4.part"), new byte[5]);
        Files.write(source, new byte[3]);
        JobFailureException e = assertThrows(JobFailureException.class, () -> ResumableCopy.copy(source, part, 5, p -> { }));
        assertEquals(JobFailure.INPUT_UNREADABLE, e.failure());
    }
}
