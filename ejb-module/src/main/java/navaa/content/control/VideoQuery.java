package navaa.content.control;

import java.util.Set;

/**
 * Doc 002's search request as a source reads it: the words, the content's language
 * ({@code fa}, {@code en}, ...), how many results, and the platforms asked for (empty: all).
 */
public record VideoQuery(String text, String language, int topResults, Set<String> platforms) {
}
