package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Decoded input samples numbered from 0 at the first frame an uninterrupted decode gives,
 * converted to and from the stream's timestamps. The first frame's timestamp is the origin
 * rather than 0 because MP3 and AAC streams start after the encoder's delay.
 *
 * @param origin      timestamp of input sample 0, in the stream's time base
 * @param timeBaseNum numerator of the stream's time base, in seconds
 * @param timeBaseDen its denominator
 * @param sampleRate  of the decoded input, in Hz
 */
record InputTimeline(long origin, int timeBaseNum, int timeBaseDen, int sampleRate) {

    static InputTimeline of(FrameDecoder decoder, AVFrame first) {
        var timeBase = decoder.input().stream().time_base();
        return new InputTimeline(first.best_effort_timestamp(), timeBase.num(), timeBase.den(), first.sample_rate());
    }

    boolean known() {
        return origin != AV_NOPTS_VALUE;
    }

    /** The latest timestamp at or before input sample {@code index}. */
    long timestampOf(long index) {
        return origin + Math.floorDiv(index * timeBaseDen, (long) timeBaseNum * sampleRate);
    }

    /** The input sample the frame starts at, to the nearest sample. */
    long indexOf(AVFrame frame) {
        long scaled = (frame.best_effort_timestamp() - origin) * timeBaseNum * sampleRate;
        return Math.floorDiv(2 * scaled + timeBaseDen, 2L * timeBaseDen);
    }
}
