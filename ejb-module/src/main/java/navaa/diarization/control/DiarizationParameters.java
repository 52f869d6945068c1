package navaa.diarization.control;

import navaa.models.diarization.DiarizationFormats;
import navaa.models.diarization.DiarizationSettings;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The fields of a diarization request (api-map §2), from a REST form or a JMS request,
 * checked all at once: one 400 names every field that is wrong. What passes becomes the
 * job's parameters.
 */
public record DiarizationParameters(Map<String, String> parameters, boolean transcribe, Optional<Long> voiceDatabase) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    /** The languages transcription is offered in (doc 000: Persian and English). */
    private static final Set<String> TRANSCRIBED = Set.of("fa", "en");

    /**
     * @param field a form field's value, if sent
     * @param formats every value of {@code output_formats} (the field may repeat, each may list several)
     */
    public static DiarizationParameters of(Function<String, Optional<String>> field, List<String> formats) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        Map<String, String> parameters = new LinkedHashMap<>();

        field.apply("num_speakers").ifPresent(n -> {
            Optional<Integer> count = integer(n).filter(c -> c >= 1 && c <= DiarizationSettings.MAX_SPEAKERS);
            count.ifPresentOrElse(c -> parameters.put("num_speakers", c.toString()),
                    () -> errors.put("num_speakers", FieldError.of("field.numSpeakers", DiarizationSettings.MAX_SPEAKERS)));
        });
        double window = field.apply("window_size").map(w -> number(w).filter(v -> v >= 0.5 && v <= 10).orElseGet(() -> {
            errors.put("window_size", FieldError.of("field.windowSize"));
            return DiarizationSettings.DEFAULT_WINDOW;
        })).orElse(DiarizationSettings.DEFAULT_WINDOW);
        double hop = field.apply("hop_size").map(h -> number(h).filter(v -> v >= 0.1 && v <= window).orElseGet(() -> {
            errors.put("hop_size", FieldError.of("field.hopSize"));
            return DiarizationSettings.DEFAULT_HOP;
        })).orElse(DiarizationSettings.DEFAULT_HOP);
        parameters.put("window_size", Double.toString(window));
        parameters.put("hop_size", Double.toString(hop));

        Set<String> asked = new LinkedHashSet<>();
        for (String value : formats) {
            for (String f : value.split(",")) {
                if (!f.isBlank()) {
                    DiarizationFormats.of(f).ifPresentOrElse(format -> asked.add(format.extension),
                            () -> errors.put("output_formats", FieldError.of("field.outputFormats")));
                }
            }
        }
        parameters.put("output_formats", String.join(",", asked.isEmpty() ? allFormats() : asked));

        field.apply("expected_language").map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).ifPresent(language -> {
            if (LANGUAGE.matcher(language).matches()) {
                parameters.put("expected_language", language);
            } else {
                errors.put("expected_language", FieldError.of("field.language"));
            }
        });
        boolean transcribe = field.apply("transcribe").map(t -> bool(t).orElseGet(() -> {
            errors.put("transcribe", FieldError.of("field.boolean"));
            return false;
        })).orElse(false);
        parameters.put("transcribe", Boolean.toString(transcribe));

        Optional<Long> database = field.apply("voice_database_id").flatMap(id -> {
            Optional<Long> parsed = integer(id).map(Integer::longValue).filter(v -> v > 0);
            if (parsed.isEmpty()) {
                errors.put("voice_database_id", FieldError.of("field.voiceDatabase"));
            }
            return parsed;
        });
        database.ifPresent(id -> parameters.put("voice_database_id", id.toString()));
        String language = parameters.get("expected_language");
        if (transcribe && language != null && !TRANSCRIBED.contains(language)) {
            errors.put("expected_language", FieldError.of("field.transcriptionLanguage"));
        }

        if (!errors.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, errors);
        }
        return new DiarizationParameters(Map.copyOf(parameters), transcribe, database);
    }

    /** The language to transcribe in: the expected one, or none to let Whisper detect it. */
    public Optional<String> transcriptionLanguage() {
        return Optional.ofNullable(parameters.get("expected_language")).filter(TRANSCRIBED::contains);
    }

    /** The parameters as the job record keeps them (a JSON object of strings). */
    public String json() {
        jakarta.json.JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();
        new java.util.TreeMap<>(parameters).forEach(json::add);
        return json.build().toString();
    }

    public DiarizationParameters with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new DiarizationParameters(Map.copyOf(more), transcribe, voiceDatabase);
    }

    private static List<String> allFormats() {
        List<String> all = new ArrayList<>();
        for (DiarizationFormats f : DiarizationFormats.values()) {
            all.add(f.extension);
        }
        return all;
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes", "on" -> Optional.of(true);
            case "false", "0", "no", "off" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
