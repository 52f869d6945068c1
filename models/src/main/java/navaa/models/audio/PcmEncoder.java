package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;

import java.nio.file.Path;
import java.util.Objects;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.ShortPointer;

/**
 * Writes interleaved float PCM blocks to a file in one of the accepted formats. Samples are
 * gathered into the encoder's frame size, so blocks may have any length; {@link #close()}
 * completes the file. If writing fails, what was written stays for the caller to delete.
 */
public final class PcmEncoder implements AutoCloseable {

    /** Frame length for encoders that take any (PCM): long enough to keep calls few. */
    private static final int PCM_FRAME = 4096;
    private static final long DEFAULT_BIT_RATE = 128_000;

    private final EncodedOutput output;
    private final int channels;
    private final int sampleFormat;
    private final AVFrame frame = av_frame_alloc();
    private final float[] gathered;
    private final float[] plane;
    private final short[] shorts;
    private int gatheredFrames;
    private long written;
    private boolean finished;

    private PcmEncoder(EncodedOutput output, Encoding encoding, int sampleRate, int channels) {
        this.output = output;
        this.channels = channels;
        this.sampleFormat = encoding.sampleFormat();
        int frameSize = output.frameSize() > 0 ? output.frameSize() : PCM_FRAME;
        gathered = new float[frameSize * channels];
        plane = new float[sampleFormat == AV_SAMPLE_FMT_FLTP ? frameSize : 0];
        shorts = new short[sampleFormat == AV_SAMPLE_FMT_S16 ? frameSize * channels : 0];
        frame.format(sampleFormat).sample_rate(sampleRate).nb_samples(frameSize);
        av_channel_layout_copy(frame.ch_layout(), output.codec().ch_layout());
        FfmpegErrors.checkWrite(av_frame_get_buffer(frame, 0), output.file(), "buffers");
    }

    /**
     * @param bitRate in bit/s for MP3 and M4A (0 for 128 kbit/s); WAV is 16-bit PCM, FLAC 16-bit
     * @throws AudioException if the file cannot be created or the format cannot take the rate
     */
    public static PcmEncoder open(Path file, AudioFormat format, int sampleRate, int channels, long bitRate) {
        return open(file, Encoding.of(format, false), sampleRate, channels, bitRate);
    }

    /** A WAV of 32-bit floats: no quantisation, for intermediate results. */
    public static PcmEncoder openFloatWav(Path file, int sampleRate, int channels) {
        return open(file, Encoding.of(AudioFormat.WAV, true), sampleRate, channels, 0);
    }

    private static PcmEncoder open(Path file, Encoding encoding, int sampleRate, int channels, long bitRate) {
        if (sampleRate <= 0 || channels <= 0) {
            throw new IllegalArgumentException("sample rate and channels must be positive");
        }
        EncodedOutput output = EncodedOutput.open(Objects.requireNonNull(file), encoding, sampleRate, channels,
                bitRate > 0 ? bitRate : DEFAULT_BIT_RATE);
        try {
            return new PcmEncoder(output, encoding, sampleRate, channels);
        } catch (RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /** Writes {@code frames} frames of {@code interleaved}, samples in [-1, 1]. */
    public void write(float[] interleaved, int frames) {
        if (finished) {
            // the native frame is freed: using it would crash the JVM, not throw
            throw new IllegalStateException("the encoder is closed");
        }
        if (interleaved.length < (long) frames * channels) {
            throw new IllegalArgumentException("the array holds fewer than " + frames + " frames");
        }
        for (int done = 0; done < frames; ) {
            int count = Math.min(frames - done, gathered.length / channels - gatheredFrames);
            System.arraycopy(interleaved, done * channels, gathered, gatheredFrames * channels, count * channels);
            gatheredFrames += count;
            done += count;
            if (gatheredFrames * channels == gathered.length) {
                encodeGathered();
            }
        }
    }

    /** Frames given to {@link #write} so far. */
    public long framesWritten() {
        return written + gatheredFrames;
    }

    private void encodeGathered() {
        FfmpegErrors.checkWrite(av_frame_make_writable(frame), output.file(), "buffers");
        // a short last frame is allowed by every encoder used here (SMALL_LAST_FRAME or PCM)
        frame.nb_samples(gatheredFrames).pts(written);
        int samples = gatheredFrames * channels;
        if (sampleFormat == AV_SAMPLE_FMT_S16) {
            for (int i = 0; i < samples; i++) {
                // as FFmpeg's own float to s16: round half to even, clip
                shorts[i] = (short) Math.max(-32768, Math.min(32767, Math.rint(gathered[i] * 32768.0)));
            }
            new ShortPointer(frame.data(0)).put(shorts, 0, samples);
        } else if (sampleFormat == AV_SAMPLE_FMT_FLTP) {
            for (int c = 0; c < channels; c++) {
                for (int f = 0; f < gatheredFrames; f++) {
                    plane[f] = gathered[f * channels + c];
                }
                new FloatPointer(frame.extended_data(c)).put(plane, 0, gatheredFrames);
            }
        } else {
            new FloatPointer(frame.data(0)).put(gathered, 0, samples);
        }
        output.encode(frame);
        written += gatheredFrames;
        gatheredFrames = 0;
    }

    /** Encodes what is gathered, drains the encoder and completes the file; then frees everything. */
    @Override
    public void close() {
        try {
            if (!finished) {
                finished = true;
                if (gatheredFrames > 0) {
                    encodeGathered();
                }
                output.finish();
            }
        } finally {
            av_frame_free(frame);
            output.close();
        }
    }
}
