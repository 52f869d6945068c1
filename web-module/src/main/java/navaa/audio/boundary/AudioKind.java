package navaa.audio.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What differs between the four kinds of audio job as docs 000 and 001 show them: the
 * parameters a file echoes, the fields that link to its files (field → {@code original},
 * {@code sample}, {@code output} or a named output, as {@link MediaResource} serves them),
 * the fields that give its uploads' names, the result values the documents expect before
 * the engine has written them, and parameters derived from what the client chose.
 */
enum AudioKind {

    BOOST(List.of("boost_level"),
            linked("boosted_url", "output", "boosted_file", "output"),
            Map.of(), List.of(),
            // the engine's gain factor: "3x" → 3
            chosen -> with(chosen, "factor", chosen.get("boost_level").substring(0, 1))),

    DENOISE(List.of("boost_level"),
            linked("denoised_url", "output", "denoised_file", "output"),
            Map.of(), List.of(), UnaryOperator.identity()),

    /** Doc 000 names the stem it asked for {@code separated_file}; doc 001 names both stems. */
    SEPARATE(List.of("output_type"),
            linked("separated_file", "output", "vocals_url", "vocals", "instrumental_url", "instrumental"),
            Map.of(), List.of(), UnaryOperator.identity()),

    /** Doc 001's conversation and target are doc 000's input and speaker sample. */
    EXTRACT(List.of("boost_level"),
            linked("extracted_url", "output", "extracted_file", "output", "conversation_url", "original", "target_url", "sample"),
            linked("conversation_filename", "original", "target_filename", "sample", "speaker_sample_name", "sample"),
            List.of("similarity_score"), UnaryOperator.identity());

    private final List<String> echoed;
    private final Map<String, String> files;
    private final Map<String, String> names;
    private final List<String> resultFields;
    private final UnaryOperator<Map<String, String>> derive;

    AudioKind(List<String> echoed, Map<String, String> files, Map<String, String> names, List<String> resultFields,
              UnaryOperator<Map<String, String>> derive) {
        this.echoed = echoed;
        this.files = files;
        this.names = names;
        this.resultFields = resultFields;
        this.derive = derive;
    }

    /** Parameters a file and an upload answer echo, as the client sent them. */
    List<String> echoed() {
        return echoed;
    }

    /** JSON field → the job's file it links to. */
    Map<String, String> files() {
        return files;
    }

    Map<String, String> names() {
        return names;
    }

    /** Result values a document lists among a file's fields: null until the engine writes them. */
    List<String> resultFields() {
        return resultFields;
    }

    /** The job's parameters: what the client chose, and what the engine derives from it. */
    Map<String, String> parameters(Map<String, String> chosen) {
        return derive.apply(chosen);
    }

    /** Field order as the documents list them. */
    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, String> with(Map<String, String> map, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(map);
        more.put(name, value);
        return more;
    }
}
