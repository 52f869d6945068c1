package navaa.models.speaker;

import navaa.models.vad.SpeechSegment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which stretches of speech belong to a target speaker: the plan of speaker extraction,
 * without any I/O. The speech segments (from the VAD) are cut into windows of
 * {@value #MIN_WINDOW_SECONDS} to {@value #MAX_WINDOW_SECONDS} s, each window is embedded by
 * the caller's {@link RegionEmbedder} and scored against the target with
 * {@link SpeakerSimilarity}, and windows scoring at least the keep threshold are kept.
 * <p>
 * <b>Windows.</b> A segment up to 3 s is one window; a longer one is cut into
 * ⌈length / 3 s⌉ equal windows, so each is between 1.5 and 3 s. Shorter windows give
 * noisier embeddings (at 1.5 s the same-voice cosine dropped to 0.74 from 0.84 at 3 s in
 * the calibration runs); longer ones would blur a speaker change inside a segment, and
 * past about 4 s the network ignores the rest anyway. A window the embedder cannot
 * embed (under half a second of speech) is not kept: it cannot be checked.
 * <p>
 * <b>Threshold.</b> {@value #KEEP_SCORE} by default, cosine about 0.573: the middle of the
 * curve of {@link SpeakerSimilarity}, between the highest window of a different real
 * speaker measured (cos 0.54 against a three-utterance target) and the mean of the same
 * speaker's windows (0.62). Real windows of 1.5–3 s are noisy: roughly a third of the same
 * speaker's windows fall below it, while different speakers' windows stayed under it in
 * the calibration runs. Lower it to keep more of the target at the cost of letting more of
 * other speakers through. Windows of up to 4 s (all the network pools at once) raised the
 * same speaker's mean window cosine to 0.67 in those runs; this class does not use them yet.
 * <p>
 * Immutable and thread-safe if the embedder is.
 */
public final class SpeakerRegions {

    /** Default keep threshold: the score at the middle of {@link SpeakerSimilarity}'s curve. */
    public static final double KEEP_SCORE = 50;
    /** The shortest window a long segment is cut into, in seconds. */
    public static final double MIN_WINDOW_SECONDS = 1.5;
    /** The longest window, in seconds. */
    public static final double MAX_WINDOW_SECONDS = 3.0;

    /** Embeds samples {@code [start, end)} of the recording, e.g. with {@link SpeakerEmbedder#embed(float[], int, int, int)}. */
    @FunctionalInterface
    public interface RegionEmbedder {

        /** @return the embedding, or empty if the region has too little speech */
        Optional<float[]> embed(long start, long end);
    }

    /**
     * Samples {@code [start, end)} of the recording.
     *
     * @param start first sample
     * @param end sample after the last
     */
    public record Span(long start, long end) {

        /** Seconds at {@code sampleRate}, as a speech segment. */
        public SpeechSegment toSegment(int sampleRate) {
            return new SpeechSegment((double) start / sampleRate, (double) end / sampleRate);
        }
    }

    /**
     * A window and its verdict.
     *
     * @param start first sample
     * @param end sample after the last
     * @param score 0–100 against the target, NaN if the window could not be embedded
     * @param kept whether the score reached the threshold
     */
    public record Window(long start, long end, double score, boolean kept) {

        /** Seconds at {@code sampleRate}, as a speech segment. */
        public SpeechSegment toSegment(int sampleRate) {
            return new SpeechSegment((double) start / sampleRate, (double) end / sampleRate);
        }
    }

    private final float[] target;
    private final double keepScore;

    /** @param target the target speaker's embedding; windows scoring {@value #KEEP_SCORE} or more are kept */
    public SpeakerRegions(float[] target) {
        this(target, KEEP_SCORE);
    }

    /**
     * @param target the target speaker's embedding
     * @param keepScore the least score, 0–100, of a window that is kept
     */
    public SpeakerRegions(float[] target, double keepScore) {
        if (!(keepScore >= 0 && keepScore <= 100)) {
            throw new IllegalArgumentException("the keep score is between 0 and 100, not " + keepScore);
        }
        this.target = target.clone();
        this.keepScore = keepScore;
    }

    /**
     * The windows of the segments, in sample indices: see the class comment.
     *
     * @param segments speech segments in seconds, e.g. from {@link navaa.models.vad.SpeechSegmenter}
     * @param sampleRate samples per second of the recording they refer to
     */
    public static List<Span> windows(List<SpeechSegment> segments, int sampleRate) {
        long longest = Math.round(MAX_WINDOW_SECONDS * sampleRate);
        List<Span> windows = new ArrayList<>();
        for (SpeechSegment segment : segments) {
            long start = Math.round(segment.start() * sampleRate);
            long end = Math.round(segment.end() * sampleRate);
            long length = end - start;
            if (length <= 0) {
                continue;
            }
            long count = (length + longest - 1) / longest;
            for (long i = 0; i < count; i++) {
                windows.add(new Span(start + length * i / count, start + length * (i + 1) / count));
            }
        }
        return windows;
    }

    /** Every window of the segments with its score and verdict, in order. */
    public List<Window> score(List<SpeechSegment> segments, int sampleRate, RegionEmbedder embedder) {
        List<Window> scored = new ArrayList<>();
        for (Span w : windows(segments, sampleRate)) {
            Optional<float[]> embedding = embedder.embed(w.start(), w.end());
            double score = embedding.map(e -> SpeakerSimilarity.score(target, e)).orElse(Double.NaN);
            scored.add(new Window(w.start(), w.end(), score, score >= keepScore));
        }
        return scored;
    }

    /**
     * The stretches to keep: the kept windows, with windows that touch (the pieces of one
     * segment) joined.
     *
     * @return speech segments in seconds, in order
     */
    public List<SpeechSegment> keep(List<SpeechSegment> segments, int sampleRate, RegionEmbedder embedder) {
        List<long[]> kept = new ArrayList<>();
        for (Window w : score(segments, sampleRate, embedder)) {
            if (!w.kept()) {
                continue;
            }
            long[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && w.start() <= last[1]) {
                last[1] = Math.max(last[1], w.end());
            } else {
                kept.add(new long[]{w.start(), w.end()});
            }
        }
        List<SpeechSegment> out = new ArrayList<>(kept.size());
        for (long[] k : kept) {
            out.add(new SpeechSegment((double) k[0] / sampleRate, (double) k[1] / sampleRate));
        }
        return out;
    }
}
