package navaa.content.control;

import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LibraryVideosTest {

    private static LibraryVideo video(String title) {
        return new LibraryVideo(title.hashCode() + "", Path.of("/lib/" + title + ".mp4"), title + ".mp4", title, "", 1, 10,
                List.of(), null, null, "other", "fa", Map.of());
    }

    @Test
    void withoutWordsEveryVideoByTitle() {
        List<LibraryVideo> all = List.of(video("پایتون"), video("Zebra"), video("آموزش"), video("apple"));
        List<LibraryVideo> listed = LibraryVideos.listed(all, " ", 10, q -> {
            throw new AssertionError("no search without words");
        });
        assertEquals(4, listed.size());
        assertEquals(List.of("آموزش", "پایتون"), listed.stream().map(LibraryVideo::title).filter(t -> !t.matches("[A-Za-z]+")).toList());
        assertEquals(2, LibraryVideos.listed(all, null, 2, q -> List.of()).size(), "at most the limit");
    }

    @Test
    void wordsAreTheLibrarysSearch() {
        AtomicReference<VideoQuery> asked = new AtomicReference<>();
        List<LibraryVideo> found = LibraryVideos.listed(List.of(), " پایتون ", 300, q -> {
            asked.set(q);
            return List.of(video("b"), video("a"));
        });
        assertEquals(List.of("b", "a"), found.stream().map(LibraryVideo::title).toList(), "best first, as the search ranks");
        assertEquals("پایتون", asked.get().text());
        assertEquals(LibraryIndex.MAX_RESULTS, asked.get().topResults());
        assertEquals(0, asked.get().platforms().size(), "every platform");
        assertThrows(NavaaException.class, () -> LibraryVideos.listed(List.of(), "x".repeat(501), 10, q -> List.of()));
    }

    @Test
    void theLimitIsBounded() {
        assertEquals(LibraryVideos.DEFAULT_LIMIT, LibraryVideos.limit(null));
        assertEquals(1, LibraryVideos.limit("1"));
        assertEquals(500, LibraryVideos.limit(" 500 "));
        for (String bad : new String[] {"0", "501", "-1", "x", "1e3", "99999999999"}) {
            assertThrows(NavaaException.class, () -> LibraryVideos.limit(bad), bad);
        }
    }
}
