package navaa.audio.boundary;

import navaa.jobs.control.JobKind;
import navaa.jobs.control.JobParameter;
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
 * first is the input, a second the target speaker's sample), the kind's parameters a client
 * chooses, and parameters the path itself fixes (doc 001's separation makes both stems).
 * The values each parameter takes are the kind's ({@link JobParameter}); a path only says
 * what an absent field means and may offer fewer values.
 */
record UploadForm(JobKind kind, List<String> files, List<Choice> choices, Map<String, String> fixed) {

    /** Doc 000's audio boost: the level is required. */
    static final Choice BOOST_LEVEL = new Choice(JobParameter.BOOST_LEVEL, Optional.empty());
    /** Doc 001's audio boost: 3x unless asked otherwise. */
    static final Choice BOOST_LEVEL_OR_3X = new Choice(JobParameter.BOOST_LEVEL, Optional.of("3x"));
    /** Denoise and speaker extraction in both documents: no boost unless asked. */
    static final Choice OPTIONAL_BOOST = new Choice(JobParameter.OPTIONAL_BOOST_LEVEL, Optional.of("none"));
    /** Doc 000's vocal separation: the one stem the client wants, required. */
    static final Choice OUTPUT_TYPE = new Choice(JobParameter.OUTPUT_TYPE.only("vocals", "instrumental"), Optional.empty());

    /** A path that offers a parameter its kind does not read, or fixes a value the kind refuses, is a programming error. */
    UploadForm {
        files = List.copyOf(files);
        choices = List.copyOf(choices);
        fixed = Map.copyOf(fixed);
        for (Choice choice : choices) {
            kind.parameter(choice.parameter().name());
        }
        fixed.forEach((name, value) -> {
            if (!kind.parameter(name).allows(value)) {
                throw new IllegalArgumentException(kind + " refuses " + name + "=" + value);
            }
        });
    }

    static UploadForm of(JobKind kind, List<String> files, Choice... choices) {
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
            JobParameter parameter = choice.parameter();
            Optional<String> value = sent.apply(parameter.name()).or(choice::fallback).filter(parameter::allows);
            value.ifPresentOrElse(v -> chosen.put(parameter.name(), v),
                    () -> wrong.put(parameter.name(), FieldError.of(parameter.messageKey(), String.join(", ", parameter.values()))));
        }
        if (!wrong.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, wrong);
        }
        return chosen;
    }

    /** A parameter the client chooses, and what its absence means on this path (empty: the document requires it). */
    record Choice(JobParameter parameter, Optional<String> fallback) {
    }
}
