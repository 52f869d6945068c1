package navaa.content.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Doc 002's search over every {@link VideoSource}: each is asked, their answers are merged
 * best first by score (one row per video: a reference two sources both found keeps its best
 * score), only the platforms asked for are kept, and the top {@code topResults} are ranked
 * from 1. A source that fails is logged and left out; the search fails only when every
 * source failed. With no source at all it finds nothing, and that is a completed search.
 */
public final class VideoSearch {

    public static final int MAX_REFERENCE = 2000;
    public static final int MAX_LINK = 2000;
    public static final int MAX_TITLE = 500;
    public static final int MAX_SNIPPET = 5000;
    public static final int MAX_METADATA = 60_000;

    private static final Logger LOG = Logger.getLogger(VideoSearch.class.getName());

    /** What the search came to: {@code failed} when no source could answer. */
    public record Outcome(boolean failed, List<RankedVideo> videos) {
    }

    private VideoSearch() {
    }

    public static Outcome run(Iterable<? extends VideoSource> sources, VideoQuery query) {
        List<FoundVideo> found = new ArrayList<>();
        int asked = 0;
        int failed = 0;
        for (VideoSource source : sources) {
            asked++;
            try {
                List<FoundVideo> answer = source.search(query);
                if (answer != null) {
                    answer.stream().filter(v -> v != null).forEach(found::add);
                }
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, "video source " + source.getClass().getName() + " failed", e);
            }
        }
        if (asked > 0 && failed == asked) {
            return new Outcome(true, List.of());
        }
        return new Outcome(false, merge(found, query));
    }

    /** The best {@code query.topResults()} of the videos, one per reference, ranked from 1. */
    public static List<RankedVideo> merge(List<FoundVideo> found, VideoQuery query) {
        Map<String, FoundVideo> best = new LinkedHashMap<>();
        for (FoundVideo video : found) {
            if (video.reference() == null || video.reference().isBlank() || video.reference().length() > MAX_REFERENCE) {
                continue;
            }
            String platform = platform(video);
            if (!query.platforms().isEmpty() && !query.platforms().contains(platform)) {
                continue;
            }
            best.merge(video.reference(), video, (kept, other) -> score(other) > score(kept) ? other : kept);
        }
        List<FoundVideo> ordered = best.values().stream()
                .sorted(Comparator.comparingDouble(VideoSearch::score).reversed())
                .limit(Math.max(0, query.topResults()))
                .toList();
        List<RankedVideo> ranked = new ArrayList<>(ordered.size());
        for (FoundVideo video : ordered) {
            ranked.add(new RankedVideo(ranked.size() + 1, video.reference(), clip(video.title(), MAX_TITLE),
                    link(video.link()), clip(video.snippet(), MAX_SNIPPET), platform(video), metadata(video.metadataJson())));
        }
        return ranked;
    }

    /** NaN sorts last, as if it scored nothing. */
    private static double score(FoundVideo video) {
        return Double.isNaN(video.score()) ? Double.NEGATIVE_INFINITY : video.score();
    }

    /** A platform this API names; anything else (or none) is {@code other}. */
    static String platform(FoundVideo video) {
        String named = video.platform() == null ? "" : video.platform().strip().toLowerCase(java.util.Locale.ROOT);
        return SearchForm.PLATFORMS.contains(named) ? named : "other";
    }

    /** Only a web address is a link; anything else is dropped, and the API then links the video to this server. */
    private static String link(String link) {
        if (link == null || link.length() > MAX_LINK) {
            return null;
        }
        String lower = link.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? link : null;
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text.replace("\0", "");
        return t.length() <= max ? t : t.substring(0, max);
    }

    /** The source's metadata when it is one JSON object that fits; else an empty object. */
    private static String metadata(String json) {
        if (json == null || json.isBlank() || json.length() > MAX_METADATA) {
            return "{}";
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.toString();
        } catch (RuntimeException e) {
            return "{}";
        }
    }
}
