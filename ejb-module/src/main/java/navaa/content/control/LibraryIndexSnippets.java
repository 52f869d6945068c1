package navaa.content.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A result's snippet: the passage of its description (a sentence or line) or of its captions
 * (a cue and the ones after it, up to about two lines) holding the most distinct query words,
 * the description winning a tie. Where the words are is read from the index's term vectors
 * (offsets into the text), so a long caption file is not analysed again per search.
 */
final class LibraryIndexSnippets {

    static final int MAX_CHARS = 200;
    private static final int CAPTION_WINDOW = 120;

    private record Passage(int start, int end) {
    }

    String best(TermVectors vectors, int doc, String description, String captions, Set<String> persianTerms,
                Set<String> englishTerms) throws IOException {
        List<Passage> descriptionPassages = passages(description, true);
        List<Passage> captionPassages = passages(captions == null ? "" : captions, false);
        int[] descriptionHits = hits(vectors, doc, LibraryIndex.DESCRIPTION, descriptionPassages, persianTerms,
                englishTerms);
        int[] captionHits = hits(vectors, doc, LibraryIndex.CAPTIONS, captionPassages, persianTerms, englishTerms);
        int bestDescription = indexOfMax(descriptionHits);
        int bestCaption = indexOfMax(captionHits);
        if (bestDescription >= 0 && (bestCaption < 0 || descriptionHits[bestDescription] >= captionHits[bestCaption])
                && descriptionHits[bestDescription] > 0) {
            return cut(slice(description, descriptionPassages.get(bestDescription)));
        }
        if (bestCaption >= 0 && captionHits[bestCaption] > 0) {
            return cut(captionWindow(captions, captionPassages, bestCaption));
        }
        // only the title matched: the description's start, else the captions' start
        if (!descriptionPassages.isEmpty()) {
            return cut(slice(description, descriptionPassages.get(0)));
        }
        return captionPassages.isEmpty() ? "" : cut(captionWindow(captions, captionPassages, 0));
    }

    /** Per passage, how many distinct query terms (of either analyzer) fall in it. */
    private static int[] hits(TermVectors vectors, int doc, String field, List<Passage> passages,
                              Set<String> persianTerms, Set<String> englishTerms) throws IOException {
        int[] counts = new int[passages.size()];
        if (passages.isEmpty()) {
            return counts;
        }
        List<Set<String>> seen = new ArrayList<>(passages.size());
        for (int i = 0; i < passages.size(); i++) {
            seen.add(new HashSet<>());
        }
        collect(vectors.get(doc, field + LibraryIndex.FA), persianTerms, passages, seen);
        collect(vectors.get(doc, field + LibraryIndex.EN), englishTerms, passages, seen);
        for (int i = 0; i < counts.length; i++) {
            counts[i] = seen.get(i).size();
        }
        return counts;
    }

    private static void collect(Terms vector, Set<String> terms, List<Passage> passages,
                                List<Set<String>> seen) throws IOException {
        if (vector == null || terms.isEmpty()) {
            return;
        }
        TermsEnum all = vector.iterator();
        PostingsEnum postings = null;
        for (String term : terms) {
            if (!all.seekExact(new BytesRef(term))) {
                continue;
            }
            postings = all.postings(postings, PostingsEnum.OFFSETS);
            postings.nextDoc();
            for (int i = 0; i < postings.freq(); i++) {
                postings.nextPosition();
                int passage = passageAt(passages, postings.startOffset());
                if (passage >= 0) {
                    // a term both analyzers make alike (most Persian words) counts once
                    seen.get(passage).add(term);
                }
            }
        }
    }

    private static int passageAt(List<Passage> passages, int offset) {
        int low = 0;
        int high = passages.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Passage passage = passages.get(middle);
            if (offset < passage.start()) {
                high = middle - 1;
            } else if (offset >= passage.end()) {
                low = middle + 1;
            } else {
                return middle;
            }
        }
        return -1;
    }

    /** Captions: one passage a cue (a line). Descriptions: a line, or a sentence of it. */
    private static List<Passage> passages(String text, boolean sentences) {
        List<Passage> passages = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n'
                    || sentences && isSentenceEnd(text, i);
            if (end) {
                int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
                if (!text.substring(start, stop).isBlank()) {
                    passages.add(new Passage(start, stop));
                }
                start = stop == i ? i + 1 : stop;
            }
        }
        return passages;
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == '!' || c == '?' || c == '\u061F')
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static String captionWindow(String captions, List<Passage> passages, int first) {
        Passage start = passages.get(first);
        int end = start.end();
        for (int next = first + 1; next < passages.size() && end - start.start() < CAPTION_WINDOW; next++) {
            end = passages.get(next).end();
        }
        return captions.substring(start.start(), end).replace('\n', ' ');
    }

    private static String slice(String text, Passage passage) {
        return text.substring(passage.start(), passage.end());
    }

    private static int indexOfMax(int[] counts) {
        int best = -1;
        for (int i = 0; i < counts.length; i++) {
            if (best < 0 || counts[i] > counts[best]) {
                best = i;
            }
        }
        return best;
    }

    /** At most 200 characters, cut at a space, with an ellipsis when cut. */
    static String cut(String text) {
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.length() <= MAX_CHARS) {
            return clean;
        }
        int space = clean.lastIndexOf(' ', MAX_CHARS - 1);
        return clean.substring(0, space > MAX_CHARS / 2 ? space : MAX_CHARS - 1) + "…";
    }
}
