package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Decoded frames to the resampler, each at its place on the {@link InputTimeline}: samples
 * before the restart point are only counted, and where timestamps are exact (WAV, FLAC) they
 * place every frame, so that a gap left by damaged packets becomes silence of the same length.
 * Then a restart that seeks by timestamp and a decode from the start agree even in a damaged
 * file, and the output keeps the input's timing.
 */
final class InputFeed implements AutoCloseable {

    /** Silence is fed in pieces so that a long gap never needs a long buffer. */
    static final int SILENCE_PIECE = 4096;

    private final Path file;
    private final int sampleRate;
    private final int channels;
    private final InputTimeline timeline;
    private final boolean byTimestamp;
    private Resampler resampler;
    private long next;
    private long feedFrom;

    /** @param byTimestamp whether frames are placed by their timestamps rather than one after the other */
    InputFeed(Path file, int sampleRate, int channels, InputTimeline timeline, boolean byTimestamp) {
        this.file = file;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.timeline = timeline;
        this.byTimestamp = byTimestamp;
    }

    /** Starts over with a fresh resampler fed from input sample {@code feedFrom}; the next frame is at {@code next}. */
    void restart(long feedFrom, long next) {
        close();
        this.feedFrom = feedFrom;
        this.next = next;
    }

    /** True if samples are missing before the frame, to be fed by {@link #silenceBefore} first. */
    boolean gapBefore(AVFrame frame) {
        return usable(frame) && startOf(frame) > next;
    }

    /** A piece of the silence before the frame; returns the output frames it gave. */
    int silenceBefore(AVFrame frame) {
        int count = (int) Math.min(SILENCE_PIECE, startOf(frame) - next);
        long start = next;
        next += count;
        return next <= feedFrom ? 0 : resampler(frame).convertSilence(count, (int) Math.max(0, feedFrom - start));
    }

    /** Feeds what of the frame is at or after the restart point and not fed yet; returns the output frames. */
    int convert(AVFrame frame) {
        if (!usable(frame)) {
            return 0;
        }
        long start = startOf(frame);
        long from = Math.max(next, feedFrom);
        next = Math.max(next, start + frame.nb_samples());
        return next <= from ? 0 : resampler(frame).convert(frame, (int) (from - start));
    }

    /** What the resampler still holds at the end of the stream. */
    int flush() {
        return resampler == null ? 0 : resampler.flush();
    }

    /** Copies output of the last call; see {@link Resampler#copyTo}. */
    void copyTo(float[] target, int offset, int fromFrame, int frames) {
        resampler.copyTo(target, offset, fromFrame, frames);
    }

    /** Where timestamps place frames, one without a timestamp is debris of a damaged packet. */
    private boolean usable(AVFrame frame) {
        return !byTimestamp || frame.best_effort_timestamp() != AV_NOPTS_VALUE;
    }

    private long startOf(AVFrame frame) {
        return byTimestamp ? timeline.indexOf(frame) : next;
    }

    private Resampler resampler(AVFrame like) {
        if (resampler == null) {
            resampler = new Resampler(file, like, sampleRate, channels);
        }
        return resampler;
    }

    @Override
    public void close() {
        if (resampler != null) {
            resampler.close();
            resampler = null;
        }
    }
}
