package navaa.models.diarization.cli;

import navaa.models.diarization.Enrolment;
import navaa.models.diarization.VoiceDatabase;
import navaa.models.speaker.SpeakerEmbedder;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code navaa enroll}: a speaker's voice from samples of them alone, added to a voice
 * database file (made when missing; a speaker of the same name is replaced). The file stays
 * exactly the REST export's JSON, so it can be imported into a server and back.
 */
final class EnrollCommand {

    private final Supplier<SpeakerEmbedder> embedder;

    EnrollCommand(Supplier<SpeakerEmbedder> embedder) {
        this.embedder = embedder;
    }

    VoiceDatabase run(EnrollOptions options, PrintStream out) throws CommandFailure {
        Path file = options.voices();
        boolean exists = Files.exists(file);
        // read the database before the samples: a broken file fails at once, and is never overwritten
        VoiceDatabase voices = exists ? VoiceDatabaseFile.read(file) : new VoiceDatabase(defaultName(file), List.of());
        List<float[]> samples = new ArrayList<>();
        List<String> cut = new ArrayList<>();
        for (Path sample : options.samples()) {
            SampleReader.Sample read = SampleReader.read(sample);
            samples.add(read.audio());
            if (read.cut()) {
                cut.add(sample.toString());
            }
        }
        VoiceDatabase.Speaker speaker;
        try {
            speaker = new Enrolment(embedder.get()).speaker(options.name(), samples);
        } catch (Enrolment.TooLittleSpeech e) {
            throw new CommandFailure(namingTheFile(e, options.samples()), e);
        }
        boolean replaced = voices.speakers().stream().anyMatch(s -> s.name().equals(speaker.name()));
        VoiceDatabase updated = voices.with(speaker);
        VoiceDatabaseFile.write(file, updated);
        double seconds = speaker.samples().stream().mapToDouble(VoiceDatabase.Sample::speechSeconds).sum();
        out.printf(Locale.ROOT, "%s %s from %d sample%s (%.1f s of speech); %s %s %d speaker%s: %s%n",
                replaced ? "re-enrolled" : "enrolled", speaker.name(), speaker.samples().size(), speaker.samples().size() == 1 ? "" : "s",
                seconds, file, exists ? "holds" : "created, holds", updated.speakers().size(), updated.speakers().size() == 1 ? "" : "s",
                String.join(", ", updated.speakers().stream().map(VoiceDatabase.Speaker::name).toList()));
        if (!cut.isEmpty()) {
            out.printf(Locale.ROOT, "only the first %d s of %s %s used, as the server does%n", SampleReader.MAX_SECONDS,
                    String.join(", ", cut), cut.size() == 1 ? "was" : "were");
        }
        out.flush();
        return updated;
    }

    /** {@code voices.json} → {@code voices}, the database's name as the server would show it. */
    static String defaultName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** "sample 2 holds 0.4 s of speech…" → "quiet.wav (sample 2) holds 0.4 s of speech…". */
    static String namingTheFile(Enrolment.TooLittleSpeech e, List<Path> samples) {
        String prefix = "sample " + e.sample + " ";
        if (e.sample >= 1 && e.sample <= samples.size() && e.getMessage().startsWith(prefix)) {
            return samples.get(e.sample - 1) + " (sample " + e.sample + ") " + e.getMessage().substring(prefix.length());
        }
        return e.getMessage();
    }
}
