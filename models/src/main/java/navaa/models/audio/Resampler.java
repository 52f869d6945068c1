package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_CHANNEL_ORDER_UNSPEC;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_U8;
import static org.bytedeco.ffmpeg.global.avutil.av_get_packed_sample_fmt;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.avutil.av_get_bytes_per_sample;
import static org.bytedeco.ffmpeg.global.avutil.av_opt_set_double;
import static org.bytedeco.ffmpeg.global.avutil.av_sample_fmt_is_planar;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;
import static org.bytedeco.ffmpeg.global.swresample.swr_set_matrix;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decoded frames in any sample format, rate and layout to interleaved float at the wanted rate
 * and channel count (libswresample). Its output buffer grows to the largest frame and stays.
 */
final class Resampler implements AutoCloseable {

    private final Path file;
    private final SwrContext swr = new SwrContext(null);
    private final int outChannels;
    private final int inFormat;
    private final int inRate;
    private final int inChannels;
    private final int bytesPerSample;
    private final boolean planar;
    private BytePointer silence;
    private final PointerPointer<?> inPlanes;
    private final PointerPointer<?> outPlanes = new PointerPointer<>(1);
    private FloatPointer output = new FloatPointer(0L);
    private int outputFrames;

    /** @param like a frame of the stream, for its input format, rate and layout */
    Resampler(Path file, AVFrame like, int outRate, int outChannels) {
        this.file = file;
        this.outChannels = outChannels;
        this.inFormat = like.format();
        this.inRate = like.sample_rate();
        this.inChannels = like.ch_layout().nb_channels();
        this.bytesPerSample = av_get_bytes_per_sample(inFormat);
        this.planar = av_sample_fmt_is_planar(inFormat) != 0;
        this.inPlanes = new PointerPointer<>(inChannels);
        try (AVChannelLayout in = new AVChannelLayout(); AVChannelLayout out = new AVChannelLayout()) {
            // WAV without a channel mask has no layout; swresample needs one to mix
            if (like.ch_layout().order() == AV_CHANNEL_ORDER_UNSPEC) {
                av_channel_layout_default(in, inChannels);
            } else {
                av_channel_layout_copy(in, like.ch_layout());
            }
            av_channel_layout_default(out, outChannels);
            try {
                FfmpegErrors.checkRead(swr_alloc_set_opts2(swr, out, AV_SAMPLE_FMT_FLT, outRate, in, inFormat, inRate,
                        0, null), file, "resampler setup");
            } finally {
                av_channel_layout_uninit(in);
            }
        }
        chooseMix();
        FfmpegErrors.checkRead(swr_init(swr), file, "resampler setup");
    }

    /**
     * Mono is copied to every channel. Other layouts get FFmpeg's downmix scaled so that no
     * output exceeds full scale: stereo to mono is then the mean, not FFmpeg's default
     * 0.707 (L + R), which clips a signal that is the same in both channels.
     */
    private void chooseMix() {
        if (inChannels == 1 && outChannels > 1) {
            double[] matrix = new double[outChannels];
            java.util.Arrays.fill(matrix, 1.0);
            swr_set_matrix(swr, matrix, 1);
        } else {
            av_opt_set_double(swr, "rematrix_maxval", 1.0, 0);
        }
    }

    /** Converts the frame's samples from index {@code skip} on; returns the output frames, for {@link #copyTo}. */
    int convert(AVFrame frame, int skip) {
        if (frame.format() != inFormat || frame.sample_rate() != inRate || frame.ch_layout().nb_channels() != inChannels) {
            throw new AudioException(AudioException.Reason.UNSUPPORTED, FfmpegErrors.nameOf(file)
                    + " changes its sample rate or channels midway, which is not supported");
        }
        if (planar) {
            for (int c = 0; c < inChannels; c++) {
                inPlanes.put(c, frame.extended_data(c).position((long) skip * bytesPerSample));
            }
        } else {
            inPlanes.put(0, frame.extended_data(0).position((long) skip * bytesPerSample * inChannels));
        }
        return run(inPlanes, frame.nb_samples() - skip);
    }

    /** Converts {@code count - skip} samples of silence, as {@link #convert} a frame. */
    int convertSilence(int count, int skip) {
        int planes = planar ? inChannels : 1;
        long planeBytes = (long) InputFeed.SILENCE_PIECE * bytesPerSample * inChannels / planes;
        if (silence == null) {
            silence = new BytePointer(planeBytes * planes);
            // unsigned 8-bit samples are silent at 128, every other format at 0
            silence.fill(av_get_packed_sample_fmt(inFormat) == AV_SAMPLE_FMT_U8 ? 0x80 : 0);
        }
        for (int c = 0; c < planes; c++) {
            inPlanes.put(c, new BytePointer(silence).position(c * planeBytes));
        }
        return run(inPlanes, count - skip);
    }

    /** The samples the filter still holds at the end of the stream. */
    int flush() {
        return run(null, 0);
    }

    /** Copies the last conversion's output, interleaved, to {@code target} at {@code offset}. */
    void copyTo(float[] target, int offset, int fromFrame, int frames) {
        output.position((long) fromFrame * outChannels).get(target, offset, frames * outChannels);
        output.position(0);
    }

    private int run(PointerPointer<?> in, int count) {
        int bound = swr_get_out_samples(swr, count);
        if (bound > outputFrames) {
            output.close();
            output = new FloatPointer((long) bound * outChannels);
            outputFrames = bound;
            outPlanes.put(0, output);
        }
        return FfmpegErrors.checkRead(swr_convert(swr, outPlanes, outputFrames, in, count), file, "resampling");
    }

    @Override
    public void close() {
        swr_free(swr);
        output.close();
        if (silence != null) {
            silence.close();
        }
        inPlanes.close();
        outPlanes.close();
    }
}
