package navaa.content.control;

import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the console's library page lists: without words every video, by title (Persian
 * collation, which orders Latin letters too), else the library's own search, best first; at
 * most {@code limit} either way (a search answers at most {@link LibraryIndex#MAX_RESULTS}).
 */
public final class LibraryVideos {

    public static final int DEFAULT_LIMIT = 200;
    public static final int MAX_LIMIT = 500;

    private LibraryVideos() {
    }

    public static List<LibraryVideo> listed(Collection<LibraryVideo> all, String words, int limit,
                                            Function<VideoQuery, List<LibraryVideo>> search) {
        if (words != null && words.length() > LibraryIndex.MAX_QUERY_CHARS) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR,
                    Map.of("q", FieldError.of("field.tooLong", LibraryIndex.MAX_QUERY_CHARS)));
        }
        if (words == null || words.isBlank()) {
            Collator collator = Collator.getInstance(Locale.forLanguageTag("fa"));
            return all.stream()
                    .sorted(Comparator.comparing(LibraryVideo::title, collator).thenComparing(LibraryVideo::relativePath))
                    .limit(limit).toList();
        }
        int top = Math.min(limit, LibraryIndex.MAX_RESULTS);
        return search.apply(new VideoQuery(words.strip(), null, top, Set.of())).stream().limit(limit).toList();
    }

    /** The {@code limit} parameter: 1 to {@link #MAX_LIMIT}, {@link #DEFAULT_LIMIT} when absent. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("limit", FieldError.of("field.range", 1, MAX_LIMIT)));
    }
}
