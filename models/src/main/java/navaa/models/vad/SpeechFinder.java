package navaa.models.vad;

import navaa.models.audio.PcmDecoder;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Where a recording holds speech: Silero VAD over the whole file in one streaming pass at
 * 16 kHz mono, a second at a time, never the recording in memory. The diarizer and the
 * speaker search both start from it.
 */
public final class SpeechFinder {

    /** The VAD's rate. */
    public static final int RATE = 16_000;

    private SpeechFinder() {
    }

    /**
     * @param durationSeconds the recording's length, for progress
     * @param progress        told 0–100 as the recording is read
     */
    public static List<SpeechSegment> find(Path audio, double durationSeconds, IntConsumer progress) {
        try (PcmDecoder decoder = PcmDecoder.open(audio, RATE, 1); SpeechDetector detector = new SpeechDetector()) {
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
}
