package navaa.models.diarization.cli;

import navaa.models.diarization.DiarizationFormats;
import navaa.models.diarization.DiarizationSettings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code diarize FILE [--db voices.json] [--speakers N] [--format json|txt|srt|vtt] [--out PATH] [--window S] [--hop S]
 * [--transcribe [--language fa|en]]}.
 *
 * @param out where the result goes; empty for standard output. Without {@code --out}, JSON and
 *            text go to standard output and subtitles (SRT, VTT) beside the audio, named as it
 *            with the format's extension, where players look for them. {@code --out -} is
 *            standard output.
 * @param transcribe each turn's text too ({@code --transcribe}), by the provider the
 *                   NAVAA_TRANSCRIPTION_* environment variables name, as on the server
 * @param language   {@code --language}: fa or en; empty lets the model detect it
 */
record DiarizeOptions(Path audio, Optional<Path> voices, DiarizationSettings settings, DiarizationFormats format, Optional<Path> out,
                      boolean transcribe, Optional<String> language) {

    static final String USAGE = "navaa diarize FILE [--db voices.json] [--speakers N] [--format json|txt|srt|vtt] [--out PATH]"
            + " [--window S] [--hop S] [--transcribe [--language fa|en]]";

    static DiarizeOptions parse(java.util.List<String> words) throws UsageError {
        Arguments arguments = Arguments.parse(words, Set.of("db", "speakers", "format", "out", "window", "hop", "transcribe", "language"),
                Set.of("transcribe"));
        if (arguments.operands().size() != 1) {
            throw new UsageError(arguments.operands().isEmpty() ? "which audio file? (FILE is missing)"
                    : "one audio file at a time, not " + arguments.operands().size() + ": " + String.join(" ", arguments.operands()));
        }
        Path audio = path(arguments.operands().get(0), "FILE");
        DiarizationFormats format = DiarizationFormats.JSON;
        Optional<String> formatName = arguments.option("format");
        if (formatName.isPresent()) {
            format = DiarizationFormats.of(formatName.get())
                    .orElseThrow(() -> new UsageError("--format must be json, txt, srt or vtt, not \"" + formatName.get() + "\""));
        }
        Optional<Path> out;
        Optional<String> outName = arguments.option("out");
        if (outName.isPresent()) {
            out = outName.get().equals("-") ? Optional.empty() : Optional.of(path(outName.get(), "--out"));
        } else if (format == DiarizationFormats.JSON || format == DiarizationFormats.TXT) {
            out = Optional.empty();
        } else {
            out = Optional.of(besideAudio(audio, format));
        }
        Optional<Path> voices = arguments.option("db").isPresent()
                ? Optional.of(path(arguments.option("db").get(), "--db")) : Optional.empty();
        return new DiarizeOptions(audio, voices, settings(arguments), format, out, arguments.flag("transcribe"), language(arguments));
    }

    private static Optional<String> language(Arguments arguments) throws UsageError {
        Optional<String> language = arguments.option("language").map(l -> l.strip().toLowerCase(java.util.Locale.ROOT));
        if (language.isPresent() && !arguments.flag("transcribe")) {
            throw new UsageError("--language is the language to transcribe in: give --transcribe too");
        }
        if (language.isPresent() && !language.get().equals("fa") && !language.get().equals("en")) {
            throw new UsageError("--language must be fa or en, not \"" + language.get() + "\"");
        }
        return language;
    }

    private static DiarizationSettings settings(Arguments arguments) throws UsageError {
        OptionalInt speakers = OptionalInt.empty();
        Optional<String> count = arguments.option("speakers");
        if (count.isPresent()) {
            try {
                speakers = OptionalInt.of(Integer.parseInt(count.get().strip()));
            } catch (NumberFormatException e) {
                throw new UsageError("--speakers must be a whole number of speakers (1–" + DiarizationSettings.MAX_SPEAKERS
                        + "), not \"" + count.get() + "\"");
            }
        }
        double window = seconds(arguments, "window", DiarizationSettings.DEFAULT_WINDOW);
        double hop = seconds(arguments, "hop", DiarizationSettings.DEFAULT_HOP);
        try {
            return new DiarizationSettings(speakers, window, hop);
        } catch (IllegalArgumentException e) {
            // the settings speak the API's field names; say the options instead
            throw new UsageError(e.getMessage().replace("num_speakers", "--speakers").replace("window_size", "--window")
                    .replace("hop_size", "--hop"));
        }
    }

    private static double seconds(Arguments arguments, String name, double fallback) throws UsageError {
        Optional<String> value = arguments.option(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.get().strip());
        } catch (NumberFormatException e) {
            throw new UsageError("--" + name + " must be a number of seconds, not \"" + value.get() + "\"");
        }
    }

    static Path path(String text, String what) throws UsageError {
        if (text.isBlank()) {
            throw new UsageError(what + " is empty");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageError(what + " is not a path: " + e.getMessage());
        }
    }

    /** {@code talk.wav} → {@code talk.srt} in the same folder. */
    static Path besideAudio(Path audio, DiarizationFormats format) {
        String name = audio.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return audio.resolveSibling(stem + "." + format.extension);
    }
}
