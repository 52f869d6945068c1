package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * A file decoded block by block to interleaved float PCM at a chosen rate and channel count.
 * Holds one decoded frame and one converted frame at a time, whatever the file's length. Not
 * for use by several threads at once.
 *
 * <p>{@link #seekToFrame(long)} gives the same samples, bit for bit, as decoding from the
 * start would, so a restarted job continues exactly. For WAV and FLAC it seeks in the file;
 * for MP3 and M4A it decodes from the start and discards, at the cost of decoding the part
 * before the target (about 2 s per hour of audio): their decoders carry state from packet to
 * packet (MDCT overlap, MP3's bit reservoir, AAC's noise substitution generator) and MP3
 * timestamps after a seek are estimates.
 */
public final class PcmDecoder implements AutoCloseable {

    private final Path file;
    private final long maxSamples;
    private final int sampleRate;
    private final int channels;
    private final InputTimeline timeline;
    private final InputFeed feed;
    private FrameDecoder decoder;
    private AVFrame held;
    private long discard;
    private int converted;
    private int convertedRead;
    private long position;
    private boolean ended;
    private boolean closed;

    private PcmDecoder(Path file, int sampleRate, int channels, long maxSamples, FrameDecoder decoder) {
        this.file = file;
        this.maxSamples = maxSamples;
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.decoder = decoder;
        // the first frame tells the input rate, which seeks need, and where sample 0 is
        this.held = decoder.next();
        this.ended = held == null;
        this.timeline = held == null ? new InputTimeline(AV_NOPTS_VALUE, 1, sampleRate, sampleRate)
                : InputTimeline.of(decoder, held);
        this.feed = new InputFeed(file, sampleRate, channels, timeline, decoder.seeksExactly() && timeline.known());
    }

    /**
     * A decoder that stops at the process's ceiling, {@link DecodeLimit#maxSamples()}.
     *
     * @param sampleRate of the samples {@link #read} gives, in Hz
     * @param channels   of the samples {@link #read} gives; mono is a mean of the channels
     * @throws AudioException if the file is not readable audio; {@link AudioException.Reason#TOO_LONG}
     *         from any method that decodes, once the file's stream passes the ceiling
     */
    public static PcmDecoder open(Path file, int sampleRate, int channels) {
        return open(file, sampleRate, channels, DecodeLimit.maxSamples());
    }

    /**
     * @param maxSamples the most samples the file's own stream may decode to (length × its
     *                   rate × its channels); past it every read throws
     *                   {@link AudioException.Reason#TOO_LONG}, whatever the file's header says
     */
    public static PcmDecoder open(Path file, int sampleRate, int channels, long maxSamples) {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("sample rate and channels must be positive");
        }
        FrameDecoder decoder = FrameDecoder.open(Objects.requireNonNull(file), maxSamples);
        try {
            return new PcmDecoder(file, sampleRate, channels, maxSamples, decoder);
        } catch (RuntimeException e) {
            decoder.close();
            throw e;
        }
    }

    /**
     * Fills {@code interleaved} with {@code maxFrames} frames, fewer only where the recording
     * ends; returns how many, 0 at the end.
     */
    public int read(float[] interleaved, int maxFrames) {
        requireOpen();
        if (interleaved.length < (long) maxFrames * channels) {
            throw new IllegalArgumentException("the array holds fewer than " + maxFrames + " frames");
        }
        int done = 0;
        while (done < maxFrames && (convertedRead < converted || convertMore())) {
            int count = Math.min(maxFrames - done, converted - convertedRead);
            feed.copyTo(interleaved, done * channels, convertedRead, count);
            convertedRead += count;
            done += count;
        }
        position += done;
        return done;
    }

    /**
     * Positions on output frame {@code frame} (at this decoder's rate): the next {@link #read}
     * starts there. Past the end, reads give 0.
     */
    public void seekToFrame(long frame) {
        requireOpen();
        if (frame < 0) {
            throw new IllegalArgumentException("frame must not be negative: " + frame);
        }
        ResamplerRestart restart = ResamplerRestart.before(frame, timeline.sampleRate(), sampleRate);
        converted = 0;
        convertedRead = 0;
        discard = frame - restart.outputFrame();
        position = frame;
        ended = false;
        if (decoder.seeksExactly() && timeline.known() && seekInFile(restart.inputSample())) {
            feed.restart(restart.inputSample(), timeline.indexOf(held));
        } else {
            decoder.close();
            decoder = FrameDecoder.open(file, maxSamples);
            held = null;
            feed.restart(restart.inputSample(), 0);
        }
    }

    /** Output frames given so far, or the frame positioned on by the last seek plus those read since. */
    public long framesDecoded() {
        return position;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /** Seeks to a frame at or before the input sample, further back if FFmpeg's search fails there. */
    private boolean seekInFile(long inputIndex) {
        for (long back : new long[] {0, timeline.sampleRate(), 10L * timeline.sampleRate()}) {
            if (decoder.seekBefore(timeline.timestampOf(Math.max(0, inputIndex - back)))) {
                held = decoder.next();
                if (held == null || held.best_effort_timestamp() == AV_NOPTS_VALUE) {
                    return false;
                }
                // landing after the wanted sample would leave a gap: try further back
                if (timeline.indexOf(held) <= inputIndex) {
                    decoder.countFrom(timeline.indexOf(held), held);
                    return true;
                }
            }
        }
        return false;
    }

    /** Decodes and converts until some output is ready for {@link #read}; false at the end. */
    private boolean convertMore() {
        while (!ended) {
            AVFrame frame = held != null ? held : decoder.next();
            held = null;
            if (frame == null) {
                ended = true;
                converted = feed.flush();
            } else if (feed.gapBefore(frame)) {
                held = frame;
                converted = feed.silenceBefore(frame);
            } else {
                converted = feed.convert(frame);
            }
            convertedRead = (int) Math.min(discard, converted);
            discard -= convertedRead;
            if (convertedRead < converted) {
                return true;
            }
        }
        return false;
    }

    /** A closed decoder's native structures are freed: touching them would crash the JVM, not throw. */
    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the decoder is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        feed.close();
        decoder.close();
    }
}
