package navaa.content.control;

import com.google.gson.Gson;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The media library's full-text index: Lucene in memory (rebuilt from the folder at start),
 * each video's title, description and captions indexed twice, by Lucene's Persian analyzer
 * (normalises Arabic and Persian letter forms, ZWNJ, stems) and by its English one (Porter
 * stemming), so that a query in either language meets the words of either. Ranking is BM25
 * with the title weighted over the description over the captions; the query's language weighs
 * its own analyzer's fields more and lifts videos written in it, but excludes nothing.
 */
public final class LibraryIndex implements Closeable {

    static final String ID = "id";
    static final String PLATFORM = "platform";
    static final String LANGUAGE = "language";
    static final String CAPTIONS_TEXT = "captions_text";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String CAPTIONS = "captions";
    static final String FA = "_fa";
    static final String EN = "_en";

    static final float TITLE_BOOST = 4f;
    static final float DESCRIPTION_BOOST = 2f;
    static final float CAPTIONS_BOOST = 1f;
    /** The weight of the other language's analyzer's fields when the query names a language. */
    static final float OTHER_ANALYZER_WEIGHT = 0.5f;
    /** Added to a video written in the query's language: decides between near-equal matches only. */
    static final float LANGUAGE_BOOST = 0.5f;
    public static final int MAX_QUERY_CHARS = 500;
    public static final int MAX_RESULTS = 100;
    private static final int MAX_QUERY_TERMS = 32;

    private static final FieldType WITH_OFFSETS = withOffsets();
    private static final Gson GSON = new Gson();

    private final Analyzer persian = new PersianAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, LibraryVideo> videos = new ConcurrentHashMap<>();
    private final LibraryIndexSnippets snippets = new LibraryIndexSnippets();

    public LibraryIndex() {
        analyzer = new PerFieldAnalyzerWrapper(english, Map.of(TITLE + FA, persian, DESCRIPTION + FA, persian,
                CAPTIONS + FA, persian));
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("an index in memory could not be opened", e);
        }
    }

    /** Adds the video, or replaces the entry of the same id. */
    public void put(LibraryVideo video, List<String> captionCues) {
        String captions = String.join("\n", captionCues);
        Document document = new Document();
        document.add(new StringField(ID, video.id(), Field.Store.YES));
        document.add(new StringField(PLATFORM, video.platform(), Field.Store.NO));
        document.add(new StringField(LANGUAGE, video.language(), Field.Store.NO));
        for (String suffix : List.of(FA, EN)) {
            document.add(new TextField(TITLE + suffix, video.title(), Field.Store.NO));
            document.add(new Field(DESCRIPTION + suffix, video.description(), WITH_OFFSETS));
            document.add(new Field(CAPTIONS + suffix, captions, WITH_OFFSETS));
        }
        document.add(new StoredField(CAPTIONS_TEXT, captions));
        try {
            writer.updateDocument(new Term(ID, video.id()), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        videos.put(video.id(), video);
    }

    public void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        videos.remove(id);
    }

    public Optional<LibraryVideo> byId(String id) {
        return Optional.ofNullable(id == null ? null : videos.get(id));
    }

    public Collection<LibraryVideo> videos() {
        return List.copyOf(videos.values());
    }

    public int size() {
        return videos.size();
    }

    /** At most {@code query.topResults()} (1 to 100) videos, best first; none for a query without words. */
    public List<FoundVideo> search(VideoQuery query) {
        String text = query.text() == null ? "" : SidecarInfo.cut(query.text(), MAX_QUERY_CHARS);
        String language = languageOf(query.language());
        Set<String> persianTerms = terms(persian, text);
        Set<String> englishTerms = terms(english, text);
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        addField(words, TITLE, TITLE_BOOST, language, persianTerms, englishTerms);
        addField(words, DESCRIPTION, DESCRIPTION_BOOST, language, persianTerms, englishTerms);
        addField(words, CAPTIONS, CAPTIONS_BOOST, language, persianTerms, englishTerms);
        BooleanQuery wordsQuery = words.build();
        if (wordsQuery.clauses().isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(wordsQuery, BooleanClause.Occur.MUST);
        if (query.platforms() != null && !query.platforms().isEmpty()) {
            BooleanQuery.Builder platforms = new BooleanQuery.Builder();
            query.platforms().stream().limit(16).forEach(platform -> platforms.add(
                    new TermQuery(new Term(PLATFORM, platform.toLowerCase(Locale.ROOT))), BooleanClause.Occur.SHOULD));
            all.add(platforms.build(), BooleanClause.Occur.FILTER);
        }
        if (language != null) {
            all.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(LANGUAGE, language))),
                    LANGUAGE_BOOST), BooleanClause.Occur.SHOULD);
        }
        int top = Math.max(1, Math.min(MAX_RESULTS, query.topResults()));
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return found(searcher, searcher.search(all.build(), top), persianTerms, englishTerms);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<FoundVideo> found(IndexSearcher searcher, TopDocs hits, Set<String> persianTerms,
                                   Set<String> englishTerms) throws IOException {
        List<FoundVideo> found = new ArrayList<>(hits.scoreDocs.length);
        var stored = searcher.getIndexReader().storedFields();
        var vectors = searcher.getIndexReader().termVectors();
        for (ScoreDoc hit : hits.scoreDocs) {
            Document document = stored.document(hit.doc, Set.of(ID, CAPTIONS_TEXT));
            LibraryVideo video = videos.get(document.get(ID));
            if (video == null) {
                continue; // removed since the searcher was refreshed
            }
            String snippet = snippets.best(vectors, hit.doc, video.description(), document.get(CAPTIONS_TEXT),
                    persianTerms, englishTerms);
            Map<String, Object> metadata = new java.util.LinkedHashMap<>(video.metadata());
            metadata.put("language", video.language());
            found.add(new FoundVideo(video.reference(), video.title(), video.link(), snippet, video.platform(),
                    hit.score, GSON.toJson(metadata)));
        }
        return found;
    }

    private static void addField(BooleanQuery.Builder words, String field, float boost, String language,
                                 Set<String> persianTerms, Set<String> englishTerms) {
        add(words, field + FA, persianTerms, boost * ("en".equals(language) ? OTHER_ANALYZER_WEIGHT : 1f));
        add(words, field + EN, englishTerms, boost * ("fa".equals(language) ? OTHER_ANALYZER_WEIGHT : 1f));
    }

    private static void add(BooleanQuery.Builder words, String field, Set<String> terms, float boost) {
        if (terms.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String term : terms) {
            any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        }
        Query query = any.build();
        words.add(new BoostQuery(query, boost), BooleanClause.Occur.SHOULD);
    }

    /** The query's words as the analyzer indexes them (at most 32). */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < MAX_QUERY_TERMS) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string in memory", e);
        }
        return terms;
    }

    /** {@code fa} or {@code en} from doc 002's language (a code like {@code fa}, {@code en-US}); null for any other. */
    static String languageOf(String language) {
        if (language == null) {
            return null;
        }
        String lower = language.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("fa") || lower.equals("persian") || lower.equals("farsi")) {
            return "fa";
        }
        if (lower.startsWith("en")) {
            return "en";
        }
        return null;
    }

    private static FieldType withOffsets() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setStoreTermVectors(true);
        type.setStoreTermVectorOffsets(true);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        persian.close();
        english.close();
    }
}
