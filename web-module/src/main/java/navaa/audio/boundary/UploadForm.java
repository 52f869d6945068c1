package navaa.audio.boundary;

import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One upload path's form as its document names it: the kind of job, the file fields (the
 * first is the input, a second the target speaker's sample), the text fields a client
 * chooses, and parameters the path itself fixes (doc 001's separation makes both stems).
 */
record UploadForm(AudioKind kind, List<String> files, List<Choice> choices, Map<String, String> fixed) {

    static final List<String> LEVELS = List.of("2x", "3x", "4x", "5x");
    static final List<String> OPTIONAL_LEVELS = List.of("none", "2x", "3x", "4x", "5x");

    /** Doc 000's audio boost: the level is required. */
    static final Choice BOOST_LEVEL = new Choice("boost_level", LEVELS, Optional.empty(), "field.boostLevel");
    /** Doc 001's audio boost: 3x unless asked otherwise. */
    static final Choice BOOST_LEVEL_OR_3X = new Choice("boost_level", LEVELS, Optional.of("3x"), "field.boostLevel");
    /** Denoise and speaker extraction in both documents: no boost unless asked. */
    static final Choice OPTIONAL_BOOST = new Choice("boost_level", OPTIONAL_LEVELS, Optional.of("none"), "field.boostLevel");
    /** Doc 000's vocal separation: the one stem the client wants, required. */
    static final Choice OUTPUT_TYPE = new Choice("output_type", List.of("vocals", "instrumental"), Optional.empty(), "field.outputType");

    UploadForm {
        files = List.copyOf(files);
        choices = List.copyOf(choices);
        fixed = Map.copyOf(fixed);
    }

    static UploadForm of(AudioKind kind, List<String> files, Choice... choices) {
        return new UploadForm(kind, files, List.of(choices), Map.of());
    }

    /**
     * The job's parameters (all strings, as the engine reads them) from the text fields
     * sent; one 400 names every field that is wrong. Runs before anything is stored.
     */
    Map<String, String> parameters(Function<String, Optional<String>> sent) {
        Map<String, String> chosen = new LinkedHashMap<>(fixed);
        Map<String, FieldError> wrong = new LinkedHashMap<>();
        for (Choice choice : choices) {
            Optional<String> value = sent.apply(choice.field()).or(choice::fallback).filter(choice.allowed()::contains);
            value.ifPresentOrElse(v -> chosen.put(choice.field(), v),
                    () -> wrong.put(choice.field(), FieldError.of(choice.messageKey(), String.join(", ", choice.allowed()))));
        }
        if (!wrong.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, wrong);
        }
        return kind.parameters(chosen);
    }

    /** A text field, the values it allows, and what it means when absent (empty: the document requires it). */
    record Choice(String field, List<String> allowed, Optional<String> fallback, String messageKey) {
    }
}
