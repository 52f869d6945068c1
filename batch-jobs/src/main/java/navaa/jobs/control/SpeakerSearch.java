package navaa.jobs.control;

import navaa.models.audio.PcmDecoder;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.speaker.SpeakerRegions;
import navaa.models.speaker.SpeakerSimilarity;
import navaa.models.speaker.TooLittleSpeechException;
import navaa.models.vad.SpeechDetector;
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
 * the job's score are then decided on all the windows at once: see {@link #decide}.
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
    static final int RATE = 16_000;
    /** The target is the average of its sample's windows; past this much speech more adds little. */
    static final double SAMPLE_SECONDS_USED = 30;
    /**
     * Seconds between a window too short to embed and the scored window whose verdict it
     * takes: 1 s left short words of a turn out (JFK's 3.3–4.35 s sits 1.09 s from his
     * phrase; the 0.3-s pauses inside the test conversations' turns plus a VAD margin).
     */
    static final double NEIGHBOUR_GAP = 1.5;

    /** One scored window, in seconds. */
    public record Window(double start, double end, double score, boolean kept) {
    }

    /**
     * @param kept        the regions to keep, windows that touch joined, in seconds
     * @param windows     every window, with the verdict taken (short windows take their neighbour's)
     * @param similarity  0–100: the mean score of the recording's best windows, see {@link #decide};
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
        List<SpeechSegment> speech = speech(recording, durationSeconds, percent -> progress.accept(percent / 2));
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
        Decision decision = decide(target.embedding(), spans, embeddings);
        List<Window> windows = withShortWindowsDecided(decision.windows());
        return new Result(join(windows), windows, decision.similarity(), seconds(speech), target.speechSeconds());
    }

    /** Windows with their verdicts, and the recording's score. */
    record Decision(List<Window> windows, double similarity) {
    }

    /** A window scoring at least this (cos ≈ 0.54) is the target's, once the target is found at all. */
    static final double KEEP_SCORE = 35;
    /** The job's score is the mean of the best windows' scores over this much speech, in seconds. */
    static final double EVIDENCE_SECONDS = 10;
    /** ... or over this share of the recording's speech when that is less: a short recording's target may speak only half of it. */
    static final double EVIDENCE_SHARE = 0.5;
    /** Windows at most this far apart, in seconds, are one turn for the smoothing of verdicts. */
    static final double TURN_GAP = 0.5;
    /** How far a window is lifted above the mean of its score and its neighbours'. */
    static final double NEIGHBOUR_LIFT = 10;

    /**
     * The verdicts, from the windows' embeddings (null: too little speech to embed).
     * <ol>
     * <li>Each window's score against the target.</li>
     * <li>The recording's score: the mean score, by duration, of its best windows over
     * {@link #EVIDENCE_SECONDS} of speech. One window of someone else that happens to sound
     * like the target cannot carry it, as the best window alone would, and the target's
     * own weak windows do not drag it down, as the mean of all kept windows did.</li>
     * <li>Under {@link SpeakerRegions#KEEP_SCORE} the target is not in the recording and
     * nothing is kept.</li>
     * <li>Otherwise a window is kept when its score, lifted towards the neighbours of its
     * turn, reaches {@link #KEEP_SCORE}: a window within {@link #TURN_GAP} of scored
     * windows on both sides (or on its only side) takes the larger of its own score and
     * min(the lower neighbour, the mean of itself and that neighbour + {@link #NEIGHBOUR_LIFT}).
     * Real speech has single windows that score far below the rest of the speaker's turn
     * (a word, a change of tone); their neighbours decide.</li>
     * </ol>
     * Memory: one embedding (128 floats) per window.
     */
    static Decision decide(float[] target, List<SpeakerRegions.Span> spans, float[][] embeddings) {
        int n = spans.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = embeddings[i] == null ? Double.NaN : SpeakerSimilarity.score(target, embeddings[i]);
        }
        double similarity = evidence(spans, score);
        boolean found = similarity >= SpeakerRegions.KEEP_SCORE;
        List<Window> windows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean kept = found && !Double.isNaN(score[i]) && lifted(spans, score, i) >= KEEP_SCORE;
            windows.add(new Window(seconds(spans.get(i).start()), seconds(spans.get(i).end()), score[i], kept));
        }
        return new Decision(windows, similarity);
    }

    /** The mean score, by duration, of the best scored windows over {@link #EVIDENCE_SECONDS}. */
    private static double evidence(List<SpeakerRegions.Span> spans, double[] score) {
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (!Double.isNaN(score[i])) {
                scored.add(i);
            }
        }
        scored.sort((a, b) -> Double.compare(score[b], score[a]));
        double speech = 0;
        for (int i : scored) {
            speech += seconds(spans.get(i).end() - spans.get(i).start());
        }
        double enough = Math.min(EVIDENCE_SECONDS, EVIDENCE_SHARE * speech);
        double weighted = 0;
        double seconds = 0;
        for (int i : scored) {
            if (seconds >= enough) {
                break;
            }
            double duration = seconds(spans.get(i).end() - spans.get(i).start());
            weighted += score[i] * duration;
            seconds += duration;
        }
        return seconds > 0 ? weighted / seconds : 0;
    }

    private static double lifted(List<SpeakerRegions.Span> spans, double[] score, int i) {
        boolean left = i > 0 && !Double.isNaN(score[i - 1])
                && seconds(spans.get(i).start() - spans.get(i - 1).end()) <= TURN_GAP;
        boolean right = i + 1 < score.length && !Double.isNaN(score[i + 1])
                && seconds(spans.get(i + 1).start() - spans.get(i).end()) <= TURN_GAP;
        if (!left && !right) {
            return score[i];
        }
        double neighbour = left && right ? Math.min(score[i - 1], score[i + 1]) : left ? score[i - 1] : score[i + 1];
        return Math.max(score[i], Math.min(neighbour, (score[i] + neighbour) / 2 + NEIGHBOUR_LIFT));
    }

    private static double seconds(long samples) {
        return (double) samples / RATE;
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

    private static List<SpeechSegment> speech(Path recording, double durationSeconds, IntConsumer progress) {
        try (PcmDecoder decoder = PcmDecoder.open(recording, RATE, 1); SpeechDetector detector = new SpeechDetector()) {
            long total = Math.max(1, Math.round(durationSeconds * RATE));
            float[] block = new float[RATE];
            long read = 0;
            int frames;
            while ((frames = decoder.read(block, RATE)) > 0) {
                detector.accept(block, frames);
                read += frames;
                progress.accept((int) Math.min(100, 100 * read / total));
            }
            return detector.finish();
        }
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


    /**
     * A window too short to embed (a "yes", the tail of a turn cut off by a breath) takes the
     * verdict of the nearest scored window when that one is at most {@link #NEIGHBOUR_GAP}
     * away: a word that short is almost always the same speaker's as the speech around it.
     */
    static List<Window> withShortWindowsDecided(List<Window> windows) {
        List<Window> decided = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (!Double.isNaN(w.score())) {
                decided.add(w);
                continue;
            }
            Window before = scored(windows, i, -1);
            Window after = scored(windows, i, +1);
            double gapBefore = before == null ? Double.MAX_VALUE : w.start() - before.end();
            double gapAfter = after == null ? Double.MAX_VALUE : after.start() - w.end();
            Window nearest = gapBefore <= gapAfter ? before : after;
            boolean kept = nearest != null && Math.min(gapBefore, gapAfter) <= NEIGHBOUR_GAP && nearest.kept();
            decided.add(new Window(w.start(), w.end(), w.score(), kept));
        }
        return decided;
    }

    private static Window scored(List<Window> windows, int from, int step) {
        for (int i = from + step; i >= 0 && i < windows.size(); i += step) {
            if (!Double.isNaN(windows.get(i).score())) {
                return windows.get(i);
            }
        }
        return null;
    }

    private static List<SpeechSegment> join(List<Window> windows) {
        List<SpeechSegment> kept = new ArrayList<>();
        for (Window w : windows) {
            if (!w.kept()) {
                continue;
            }
            int last = kept.size() - 1;
            if (last >= 0 && w.start() <= kept.get(last).end() + 1e-6) {
                kept.set(last, new SpeechSegment(kept.get(last).start(), Math.max(kept.get(last).end(), w.end())));
            } else {
                kept.add(new SpeechSegment(w.start(), w.end()));
            }
        }
        return kept;
    }

    private static double seconds(List<SpeechSegment> segments) {
        return segments.stream().mapToDouble(SpeechSegment::duration).sum();
    }
}
