package navaa.audio.boundary;

import navaa.jobs.control.JobKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a kind of job shows in the audio families' JSON (docs 000 and 001): the parameters a
 * file echoes, the fields that link to its files (field → {@code original}, {@code sample} or
 * one of the kind's {@link JobKind#outputs()}, as {@link MediaResource} serves them), the
 * fields that give its uploads' names, and the result values the documents list before the
 * engine has written them. The families' mapper, keyed by the engine's kinds; a kind with no
 * shape here has no audio paths.
 */
record AudioShape(List<String> echoed, Map<String, String> files, Map<String, String> names, List<String> resultFields) {

    private static final Map<JobKind, AudioShape> SHAPES = Map.of(
            JobKind.BOOST, new AudioShape(List.of("boost_level"),
                    linked("boosted_url", "output", "boosted_file", "output"), Map.of(), List.of()),
            JobKind.DENOISE, new AudioShape(List.of("boost_level"),
                    linked("denoised_url", "output", "denoised_file", "output"), Map.of(), List.of()),
            // doc 000 names the stem it asked for separated_file; doc 001 names both stems
            JobKind.SEPARATE, new AudioShape(List.of("output_type"),
                    linked("separated_file", "output", "vocals_url", "vocals", "instrumental_url", "instrumental"), Map.of(), List.of()),
            // doc 001's conversation and target are doc 000's input and speaker sample
            JobKind.EXTRACT, new AudioShape(List.of("boost_level"),
                    linked("extracted_url", "output", "extracted_file", "output", "conversation_url", "original", "target_url", "sample"),
                    linked("conversation_filename", "original", "target_filename", "sample", "speaker_sample_name", "sample"),
                    List.of("similarity_score")));

    static Optional<AudioShape> of(JobKind kind) {
        return Optional.ofNullable(SHAPES.get(kind));
    }

    /** Field order as the documents list them. */
    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
