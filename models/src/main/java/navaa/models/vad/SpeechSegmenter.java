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

    private final double chunkSeconds;
    private final float onset;
    private final float offset;
    private final double minSpeech;
    private final double minSilence;
    private final double pad;

    private final List<SpeechSegment> segments = new ArrayList<>();
    private long chunk;
    private long speechStart = -1;
    private long silenceStart = -1;

    /** Silero's defaults: onset 0.5, offset 0.35, min speech 250 ms, min silence 100 ms, pad 30 ms. */
    public SpeechSegmenter() {
        this((double) SileroVad.CHUNK / SileroVad.SAMPLE_RATE, 0.5f, 0.35f, 0.25, 0.10, 0.03);
    }

    public SpeechSegmenter(double chunkSeconds, float onset, float offset, double minSpeech, double minSilence, double pad) {
        this.chunkSeconds = chunkSeconds;
        this.onset = onset;
        this.offset = offset;
        this.minSpeech = minSpeech;
        this.minSilence = minSilence;
        this.pad = pad;
    }

    /** The probability of the next chunk. */
    public void accept(float probability) {
        if (speechStart < 0) {
            if (probability >= onset) {
                speechStart = chunk;
            }
        } else if (probability < offset) {
            if (silenceStart < 0) {
                silenceStart = chunk;
            }
            if ((chunk + 1 - silenceStart) * chunkSeconds >= minSilence) {
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
        double length = chunk * chunkSeconds;
        List<SpeechSegment> padded = new ArrayList<>();
        for (SpeechSegment s : segments) {
            double start = Math.max(0, s.start() - pad);
            double end = Math.min(length, s.end() + pad);
            if (!padded.isEmpty() && start <= padded.get(padded.size() - 1).end()) {
                start = padded.remove(padded.size() - 1).start();
            }
            padded.add(new SpeechSegment(start, end));
        }
        return padded;
    }

    private void close(long endChunk) {
        SpeechSegment segment = new SpeechSegment(speechStart * chunkSeconds, endChunk * chunkSeconds);
        if (segment.duration() >= minSpeech) {
            segments.add(segment);
        }
        speechStart = -1;
        silenceStart = -1;
    }
}
