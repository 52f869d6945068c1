package navaa.content.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search over several sources, with fake ones: merge by score, bounds, failures. */
class VideoSearchTest {

    private static final VideoQuery ALL = new VideoQuery("python", "en", 10, Set.of());

    @Test
    void sourcesAreMergedBestFirstAndRankedFromOne() {
        VideoSource library = q -> List.of(video("library:a", 0.9, "other"), video("library:b", 0.2, "other"));
        VideoSource remote = q -> List.of(video("https://youtu.be/c", 0.5, "youtube"));
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(library, remote), ALL);
        assertFalse(outcome.failed());
        assertEquals(List.of("library:a", "https://youtu.be/c", "library:b"), references(outcome.videos()));
        assertEquals(List.of(1, 2, 3), outcome.videos().stream().map(RankedVideo::rank).toList());
    }

    @Test
    void onlyTopResultsAreKept() {
        List<FoundVideo> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(video("library:" + i, i, "other"));
        }
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(q -> many), new VideoQuery("x", "en", 3, Set.of()));
        assertEquals(List.of("library:29", "library:28", "library:27"), references(outcome.videos()));
    }

    @Test
    void eachSourceIsAskedTheQueryAsGiven() {
        List<VideoQuery> asked = new ArrayList<>();
        VideoQuery query = new VideoQuery("آموزش", "fa", 5, Set.of("youtube"));
        VideoSearch.run(List.of(q -> { asked.add(q); return List.of(); }, q -> { asked.add(q); return List.of(); }), query);
        assertEquals(List.of(query, query), asked);
    }

    @Test
    void theSameVideoFromTwoSourcesIsOneResultWithItsBestScore() {
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(
                q -> List.of(video("library:a", 0.1, "other"), video("library:b", 0.5, "other")),
                q -> List.of(video("library:a", 0.9, "other"))), ALL);
        assertEquals(List.of("library:a", "library:b"), references(outcome.videos()));
    }

    @Test
    void onlyThePlatformsAskedForAreKept() {
        VideoSource mixed = q -> List.of(video("library:a", 0.9, null), video("u1", 0.8, "YouTube"), video("u2", 0.7, "tiktok"),
                video("u3", 0.6, "linkedin"));
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(mixed), new VideoQuery("q", "en", 10, Set.of("youtube", "linkedin")));
        assertEquals(List.of("u1", "u3"), references(outcome.videos()));
        VideoSearch.Outcome others = VideoSearch.run(List.of(mixed), new VideoQuery("q", "en", 10, Set.of("other")));
        assertEquals(List.of("library:a", "u2"), references(others.videos()), "no platform, or one this API does not name, is other");
        assertEquals(List.of("other", "other"), others.videos().stream().map(RankedVideo::platform).toList());
    }

    @Test
    void noSourceFindsNothingAndThatIsNoFailure() {
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(), ALL);
        assertFalse(outcome.failed());
        assertTrue(outcome.videos().isEmpty());
    }

    @Test
    void aFailingSourceIsLeftOutWhileAnotherAnswers() {
        VideoSource broken = q -> { throw new IllegalStateException("index gone"); };
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(broken, q -> List.of(video("library:a", 1, "other"))), ALL);
        assertFalse(outcome.failed());
        assertEquals(List.of("library:a"), references(outcome.videos()));
    }

    @Test
    void theSearchFailsWhenEverySourceFailed() {
        VideoSource broken = q -> { throw new IllegalStateException("index gone"); };
        assertTrue(VideoSearch.run(List.of(broken, broken), ALL).failed());
    }

    @Test
    void whatASourceAnswersIsBoundedBeforeItIsKept() {
        VideoSource sloppy = q -> java.util.Arrays.asList(null,
                new FoundVideo("", "no reference", null, "", "other", 1, "{}"),
                new FoundVideo("r".repeat(2001), "reference too long", null, "", "other", 1, "{}"),
                new FoundVideo("library:a", "t".repeat(600), "javascript:alert(1)", "s\0s", "other", Double.NaN, "[1]"),
                new FoundVideo("library:b", null, "https://example.org/v", null, "other", 0.1, "{\"duration\":12.5}"));
        List<RankedVideo> kept = VideoSearch.run(List.of(sloppy), ALL).videos();
        assertEquals(List.of("library:b", "library:a"), references(kept), "NaN scores last");
        RankedVideo b = kept.get(0);
        assertEquals("", b.title());
        assertEquals("", b.snippet());
        assertEquals("https://example.org/v", b.link());
        assertEquals("{\"duration\":12.5}", b.metadataJson());
        RankedVideo a = kept.get(1);
        assertEquals(VideoSearch.MAX_TITLE, a.title().length());
        assertNull(a.link(), "only a web address is a link");
        assertEquals("ss", a.snippet());
        assertEquals("{}", a.metadataJson(), "metadata is an object or nothing");
    }

    @Test
    void aSourceAnsweringNullFoundNothing() {
        VideoSearch.Outcome outcome = VideoSearch.run(List.of(q -> null), ALL);
        assertFalse(outcome.failed());
        assertTrue(outcome.videos().isEmpty());
    }

    private static FoundVideo video(String reference, double score, String platform) {
        return new FoundVideo(reference, "title " + reference, null, "snippet", platform, score, "{}");
    }

    private static List<String> references(List<RankedVideo> videos) {
        return videos.stream().map(RankedVideo::reference).toList();
    }
}
