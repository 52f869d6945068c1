package navaa.models.diarization.cli;

import navaa.models.audio.AudioException;
import navaa.models.diarization.DiarizationResult;
import navaa.models.diarization.Diarizer;
import navaa.models.diarization.VoiceDatabase;
import navaa.models.speaker.SpeakerEmbedder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * {@code navaa diarize}: who spoke when in one recording, written in the chosen format to
 * standard output or a file; a one-line summary on standard error.
 */
final class DiarizeCommand {

    /** The share of the progress bar diarizing takes when the turns are transcribed after it. */
    private static final int DIARIZE_SHARE = 80;

    private final Supplier<SpeakerEmbedder> embedder;
    private final CommandTranscription transcription;

    /** @param embedder called once the inputs are checked, so a mistyped path fails at once */
    DiarizeCommand(Supplier<SpeakerEmbedder> embedder) {
        this(embedder, CommandTranscription.fromEnvironment());
    }

    DiarizeCommand(Supplier<SpeakerEmbedder> embedder, CommandTranscription transcription) {
        this.embedder = embedder;
        this.transcription = transcription;
    }

    DiarizationResult run(DiarizeOptions options, PrintStream out, PrintStream err, IntConsumer progress) throws CommandFailure {
        CommandInputs.requireFile(options.audio(), "audio");
        VoiceDatabase voices = options.voices().isPresent() ? VoiceDatabaseFile.read(options.voices().get()) : null;
        if (options.out().isPresent()) {
            requireWritable(options.out().get());
        }
        if (options.transcribe()) {
            transcription.check(options.language());
        }
        DiarizationResult result;
        try {
            result = new Diarizer(embedder.get()).diarize(options.audio(), options.audio().getFileName().toString(),
                    options.settings(), voices, options.transcribe() ? p -> progress.accept(p * DIARIZE_SHARE / 100) : progress);
        } catch (AudioException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
        if (options.transcribe()) {
            result = transcription.transcribed(result, options.audio(), options.language(),
                    p -> progress.accept(DIARIZE_SHARE + p * (100 - DIARIZE_SHARE) / 100));
        }
        String text = options.format().write(result);
        if (options.out().isPresent()) {
            try {
                Files.writeString(options.out().get(), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CommandFailure(options.out().get() + ": cannot write the result: " + VoiceDatabaseFile.describe(e), e);
            }
        } else {
            out.print(text);
            out.flush();
        }
        err.println(summary(result, options.out().map(Path::toString).orElse(null)));
        return result;
    }

    /** Found before an hour of work rather than after it. */
    private static void requireWritable(Path file) throws CommandFailure {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + ": is a folder; --out names the file to write");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CommandFailure(file + ": no such folder to write the result into");
        }
        if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(folder)) {
            throw new CommandFailure(file + ": permission denied");
        }
    }

    static String summary(DiarizationResult result, String writtenTo) {
        StringBuilder line = new StringBuilder();
        line.append(result.audioFile()).append(": ").append(result.numSpeakers())
                .append(result.numSpeakers() == 1 ? " speaker, " : " speakers, ")
                .append(result.segments().size()).append(result.segments().size() == 1 ? " turn" : " turns");
        if (result.segments().isEmpty()) {
            line.append(" (no speech found)");
        }
        if (!result.identifiedSpeakers().isEmpty()) {
            line.append("; recognised ").append(String.join(", ", result.identifiedSpeakers()));
        }
        if (writtenTo != null) {
            line.append("; written to ").append(writtenTo);
        }
        return line.toString();
    }
}
