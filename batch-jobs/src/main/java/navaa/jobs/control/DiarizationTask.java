package navaa.jobs.control;

import navaa.models.diarization.DiarizationFormats;
import navaa.models.diarization.DiarizationSettings;
import navaa.models.diarization.VoiceDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A diarization job's knobs, read from its parameters: the settings, the result formats,
 * the language and whether to transcribe, and the voice database it was given (a copy
 * kept in the work folder when the job was submitted, so later enrolments or a deleted
 * database do not change a job already asked for).
 */
public record DiarizationTask(DiarizationSettings settings, List<DiarizationFormats> formats, Optional<String> language,
                              boolean transcribe, Optional<VoiceDatabase> voices) {

    /** The voice database copy in a job's work folder. */
    public static final String VOICES = "voices.json";

    /** Progress shares: finding speech, embedding it, then clustering and writing the results. */
    public static final int SPEECH_PROGRESS = 20;
    public static final int EMBED_PROGRESS = 90;

    public static DiarizationTask of(AudioTask task) {
        DiarizationSettings settings = new DiarizationSettings(
                task.optionalParameter("num_speakers").map(n -> OptionalInt.of(Integer.parseInt(n))).orElse(OptionalInt.empty()),
                task.optionalParameter("window_size").map(Double::parseDouble).orElse(DiarizationSettings.DEFAULT_WINDOW),
                task.optionalParameter("hop_size").map(Double::parseDouble).orElse(DiarizationSettings.DEFAULT_HOP));
        List<DiarizationFormats> formats = new ArrayList<>();
        for (String f : task.optionalParameter("output_formats").orElse("json,txt,srt,vtt").split(",")) {
            DiarizationFormats.of(f).ifPresent(formats::add);
        }
        Path voices = task.work().resolve(VOICES);
        Optional<VoiceDatabase> database = Optional.empty();
        if (Files.exists(voices)) {
            try {
                database = Optional.of(VoiceDatabase.fromJson(Files.readString(voices, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + voices, e);
            }
        }
        return new DiarizationTask(settings, List.copyOf(formats), task.optionalParameter("expected_language"),
                task.optionalParameter("transcribe").map(Boolean::parseBoolean).orElse(false), database);
    }
}
