package navaa.models.speaker;

import navaa.models.audio.PcmDecoder;
import navaa.models.vad.SpeechDetector;
import navaa.models.vad.SpeechFinder;
import navaa.models.vad.SpeechSegment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Finds where the target speaker talks in a recording: speech by Silero VAD (one streaming
 * pass, 16 kHz mono), then each speech window (1.5–3 s) embedded with the x-vector model
 * and scored against the target's embedding, read back from the file by seeking, so that
 * memory holds one window of audio at a time whatever the recording's length (and one
 * 128-float embedding per window, about 1.5 MB for two hours of speech). The verdicts and
 * the job's score are then decided on all the windows at once: see {@link WindowVerdicts}.
 * <p>
 * <b>Measured</b> ({@code SpeakerSearchRealVoicesTest}, real voices: five conversations of
 * Asterisk's prompts, the target's six turns among one to three other people's): 95–100 %
 * of the target's speech kept, 0 % of the others', score 91–98 with the target present and
 * 13–36 with a sample of someone absent. Scoring each window alone against the keep
 * threshold 50, with the mean kept score as the job's, had kept 62–100 % of the target and
 * scored an absent speaker up to 55: a third of a real speaker's 1.5–3 s windows score
 * under 50 against a sample of other sentences, while other people's windows stayed
 * under 35 and the best window of an absent speaker reached 55.
 */
public final class SpeakerSearch {

    /** The embedding models' rate. */
    static final int RATE = SpeechFinder.RATE;
    /** The target is the average of its sample's windows; past this much speech more adds little. */
    static final double SAMPLE_SECONDS_USED = 30;

    /** One scored window, in seconds. */
    public record Window(double start, double end, double score, boolean kept) {
    }

    /**
     * @param kept        the regions to keep, windows that touch joined, in seconds
     * @param windows     every window, with the verdict taken (short windows take their neighbour's)
     * @param similarity  0–100: the mean score of the recording's best windows, see {@link WindowVerdicts#decide};
     *                    at least 50 when the target is found, nothing is kept under 50
     * @param speechSeconds  speech found in the recording
     * @param targetSpeechSeconds speech found in the target's sample
     */
    public record Result(List<SpeechSegment> kept, List<Window> windows, double similarity,
                         double speechSeconds, double targetSpeechSeconds) {

        public double keptSeconds() {
            return kept.stream().mapToDouble(SpeechSegment::duration).sum();
        }
    }

    private final SpeakerEmbedder embedder;

    public SpeakerSearch(SpeakerEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * @param progress told 0–100 as the recording is scanned and scored
     * @throws TooLittleSpeechException when the sample holds too little speech to know the speaker by
     */
    public Result search(Path recording, double durationSeconds, Path sample, IntConsumer progress) {
        Target target = target(sample);
        List<SpeechSegment> speech = SpeechFinder.find(recording, durationSeconds, percent -> progress.accept(percent / 2));
        List<SpeakerRegions.Span> spans = SpeakerRegions.windows(speech, RATE);
        float[][] embeddings = new float[spans.size()][];
        try (PcmDecoder decoder = PcmDecoder.open(recording, RATE, 1)) {
            float[] buffer = new float[(int) (SpeakerRegions.MAX_WINDOW_SECONDS * RATE) + RATE];
            for (int i = 0; i < spans.size(); i++) {
                progress.accept(50 + 50 * i / Math.max(1, spans.size()));
                embeddings[i] = embed(decoder, buffer, spans.get(i).start(), spans.get(i).end()).orElse(null);
            }
        }
        progress.accept(100);
        WindowVerdicts.Decision decision = WindowVerdicts.decide(target.embedding(), spans, embeddings);
        List<Window> windows = WindowVerdicts.withShortWindowsDecided(decision.windows());
        return new Result(WindowVerdicts.join(windows), windows, decision.similarity(), seconds(speech), target.speechSeconds());
    }

    private record Target(float[] embedding, double speechSeconds) {
    }

    private Target target(Path sample) {
        float[] audio = decode(sample, SAMPLE_SECONDS_USED * 2);
        List<SpeechSegment> speech = SpeechDetector.of(audio);
        List<float[]> embeddings = new ArrayList<>();
        double used = 0;
        for (SpeakerRegions.Span span : SpeakerRegions.windows(speech, RATE)) {
            if (used >= SAMPLE_SECONDS_USED) {
                break;
            }
            embedder.embed(audio, (int) span.start(), (int) span.end(), RATE).ifPresent(embeddings::add);
            used += (double) (span.end() - span.start()) / RATE;
        }
        if (embeddings.isEmpty()) {
            throw new TooLittleSpeechException(String.format(Locale.ROOT,
                    "the speaker sample holds %.1f s of speech, too little to recognise the speaker by: send at least 2 s of that speaker alone",
                    seconds(speech)));
        }
        return new Target(SpeakerSimilarity.average(embeddings), seconds(speech));
    }

    private Optional<float[]> embed(PcmDecoder decoder, float[] buffer, long start, long end) {
        decoder.seekToFrame(start);
        int read = decoder.read(buffer, (int) Math.min(buffer.length, end - start));
        return embedder.embed(buffer, 0, read, RATE);
    }

    private static float[] decode(Path file, double maxSeconds) {
        try (PcmDecoder decoder = PcmDecoder.open(file, RATE, 1)) {
            float[] audio = new float[(int) (maxSeconds * RATE)];
            return Arrays.copyOf(audio, decoder.read(audio, audio.length));
        }
    }

    private static double seconds(List<SpeechSegment> segments) {
        return segments.stream().mapToDouble(SpeechSegment::duration).sum();
    }
}
