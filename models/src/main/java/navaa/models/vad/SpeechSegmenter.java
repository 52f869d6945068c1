package navaa.models.vad;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-chunk speech probabilities into speech segments, as Silero's own
 * {@code get_speech_timestamps} does: hysteresis between an onset and a lower offset
 * threshold (so a segment does not flicker at the boundary), pauses shorter than the
 * minimum silence bridged, segments shorter than the minimum speech dropped, and a small
 * pad on both sides so word edges are not clipped.
 */
public final class SpeechSegmenter {

    /**
     * @param chunkSeconds the length of the chunks the probabilities are of
     * @param onset        a chunk at least this probable starts speech
     * @param offset       ... and one less probable than this may end it
     * @param minSpeech    shorter segments are dropped, in seconds
     * @param minSilence   shorter pauses are bridged, in seconds
     * @param pad          added to both ends of a segment, in seconds
     */
    public record Thresholds(double chunkSeconds, float onset, float offset, double minSpeech, double minSilence, double pad) {

        /** Silero's defaults: onset 0.5, offset 0.35, min speech 250 ms, min silence 100 ms, pad 30 ms. */
        public static final Thresholds SILERO =
                new Thresholds((double) SileroVad.CHUNK / SileroVad.SAMPLE_RATE, 0.5f, 0.35f, 0.25, 0.10, 0.03);
    }

    private final Thresholds thresholds;

    private final List<SpeechSegment> segments = new ArrayList<>();
    private long chunk;
    private long speechStart = -1;
    private long silenceStart = -1;

    /** With {@link Thresholds#SILERO}. */
    public SpeechSegmenter() {
        this(Thresholds.SILERO);
    }

    public SpeechSegmenter(double chunkSeconds, float onset, float offset, double minSpeech, double minSilence, double pad) {
        this(new Thresholds(chunkSeconds, onset, offset, minSpeech, minSilence, pad));
    }

    public SpeechSegmenter(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The probability of the next chunk. */
    public void accept(float probability) {
        if (speechStart < 0) {
            if (probability >= thresholds.onset()) {
                speechStart = chunk;
            }
        } else if (probability < thresholds.offset()) {
            if (silenceStart < 0) {
                silenceStart = chunk;
            }
            if ((chunk + 1 - silenceStart) * thresholds.chunkSeconds() >= thresholds.minSilence()) {
                close(silenceStart);
            }
        } else {
            silenceStart = -1;
        }
        chunk++;
    }

    /** Every segment, after the last chunk; the recording's length bounds the last pad. */
    public List<SpeechSegment> finish() {
        if (speechStart >= 0) {
            close(silenceStart >= 0 ? silenceStart : chunk);
        }
        double length = chunk * thresholds.chunkSeconds();
        List<SpeechSegment> padded = new ArrayList<>();
        for (SpeechSegment s : segments) {
            double start = Math.max(0, s.start() - thresholds.pad());
            double end = Math.min(length, s.end() + thresholds.pad());
            if (!padded.isEmpty() && start <= padded.get(padded.size() - 1).end()) {
                start = padded.remove(padded.size() - 1).start();
            }
            padded.add(new SpeechSegment(start, end));
        }
        return padded;
    }

    private void close(long endChunk) {
        SpeechSegment segment = new SpeechSegment(speechStart * thresholds.chunkSeconds(), endChunk * thresholds.chunkSeconds());
        if (segment.duration() >= thresholds.minSpeech()) {
            segments.add(segment);
        }
        speechStart = -1;
        silenceStart = -1;
    }
}
