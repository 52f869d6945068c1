package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_PROP_LOSSLESS;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_descriptor_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_INVALIDDATA;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.Set;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecDescriptor;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * The audio stream of a file as a sequence of decoded frames in the codec's own sample format,
 * stopping with {@link AudioException.Reason#TOO_LONG} where the stream passes its samples
 * limit ({@link DecodeLimit}): a header may state any length, so the samples are counted as
 * they come out of the decoder.
 */
final class FrameDecoder implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FrameDecoder.class.getName());

    /** Demuxers whose timestamps are exact sample counts, also right after a seek. */
    private static final Set<String> SAMPLE_EXACT_DEMUXERS = Set.of("wav", "flac");

    /** Damaged packets in a row after which a file counts as unreadable rather than scratched. */
    private static final int DAMAGED_IN_A_ROW = 100;

    private final InputContainer input;
    private final AVCodecContext codec;
    private final long maxSamples;
    /** Samples (all channels) from the stream's start to the end of the last frame given. */
    private long samplesDecoded;
    private final AVPacket packet = av_packet_alloc();
    private final AVFrame frame = av_frame_alloc();
    private boolean draining;
    private long skippedPackets;
    private int damagedInARow;

    private FrameDecoder(InputContainer input, AVCodecContext codec, long maxSamples) {
        this.input = input;
        this.codec = codec;
        this.maxSamples = maxSamples;
    }

    /** @param maxSamples the most samples (all channels) the stream may decode to */
    static FrameDecoder open(Path file, long maxSamples) {
        DecodeLimit.requirePositive(maxSamples);
        InputContainer input = InputContainer.open(file);
        AVCodecContext codec = null;
        try {
            AVStream stream = input.stream();
            AVCodec decoder = avcodec_find_decoder(stream.codecpar().codec_id());
            if (decoder == null) {
                throw new AudioException(AudioException.Reason.UNSUPPORTED,
                        FfmpegErrors.nameOf(file) + " uses an audio codec that cannot be decoded");
            }
            codec = avcodec_alloc_context3(decoder);
            FfmpegErrors.checkRead(avcodec_parameters_to_context(codec, stream.codecpar()), file, "decoder setup");
            // lets the decoder move timestamps past the samples it trims (encoder delay)
            codec.pkt_timebase(stream.time_base());
            FfmpegErrors.checkRead(avcodec_open2(codec, decoder, (org.bytedeco.ffmpeg.avutil.AVDictionary) null),
                    file, "opening the decoder");
            return new FrameDecoder(input, codec, maxSamples);
        } catch (RuntimeException e) {
            if (codec != null) {
                avcodec_free_context(codec);
            }
            input.close();
            throw e;
        }
    }

    InputContainer input() {
        return input;
    }

    /**
     * True if {@link #seekBefore(long)} lands on exact sample timestamps and the decoder has no
     * memory between packets, so that a seek followed by decoding gives the same samples as
     * decoding from the start. Lossy codecs carry state over (MDCT overlap, MP3's bit
     * reservoir, AAC's noise substitution generator) and MP3 timestamps after a seek are estimates.
     */
    boolean seeksExactly() {
        AVCodecDescriptor descriptor = avcodec_descriptor_get(codec.codec_id());
        boolean lossless = descriptor != null && (descriptor.props() & AV_CODEC_PROP_LOSSLESS) != 0;
        return lossless && SAMPLE_EXACT_DEMUXERS.contains(input.demuxerName());
    }

    /** The next decoded frame, valid until the next call; null at the end of the stream. */
    AVFrame next() {
        while (true) {
            int received = avcodec_receive_frame(codec, frame);
            if (received == 0) {
                damagedInARow = 0;
                count(frame.nb_samples(), frame.ch_layout().nb_channels());
                return frame;
            } else if (received == AVERROR_EOF()) {
                return null;
            } else if (received == AVERROR_INVALIDDATA) {
                skipped();
            } else if (received != AVERROR_EAGAIN()) {
                FfmpegErrors.checkRead(received, input.file(), "decoding");
            } else if (!draining) {
                feedOnePacket();
            }
        }
    }

    /**
     * Positions the demuxer on a packet at or before {@code timestamp}, in the stream's time
     * base; false if FFmpeg could not (its FLAC search fails at some positions near the end).
     */
    boolean seekBefore(long timestamp) {
        if (av_seek_frame(input.context(), input.stream().index(), timestamp, AVSEEK_FLAG_BACKWARD) < 0) {
            return false;
        }
        avcodec_flush_buffers(codec);
        draining = false;
        samplesDecoded = 0;
        return true;
    }

    /**
     * After a seek: the last frame given starts at input sample {@code firstSample}, so the
     * count goes on from there as if the stream had been decoded from its start.
     */
    void countFrom(long firstSample, AVFrame last) {
        samplesDecoded = 0;
        count(firstSample + last.nb_samples(), last.ch_layout().nb_channels());
    }

    private void count(long samplesPerChannel, int channels) {
        samplesDecoded += samplesPerChannel * Math.max(1, channels);
        if (samplesDecoded > maxSamples) {
            throw new AudioException(AudioException.Reason.TOO_LONG, String.format(java.util.Locale.ROOT,
                    "%s is too long to process: it decodes to more than %,d samples (length × sample rate × channels; "
                    + "the limit is about %.1f h of 44.1 kHz stereo)", FfmpegErrors.nameOf(input.file()), maxSamples,
                    DecodeLimit.hoursOf44kHzStereo(maxSamples)));
        }
    }

    private void feedOnePacket() {
        int read = av_read_frame(input.context(), packet);
        if (read == AVERROR_EOF()) {
            draining = true;
            avcodec_send_packet(codec, null);
            return;
        }
        FfmpegErrors.checkRead(read, input.file(), "reading");
        try {
            if (packet.stream_index() == input.stream().index()) {
                int sent = avcodec_send_packet(codec, packet);
                if (sent == AVERROR_INVALIDDATA) {
                    skipped();
                } else {
                    FfmpegErrors.checkRead(sent, input.file(), "decoding");
                }
            }
        } finally {
            av_packet_unref(packet);
        }
    }

    /** Damaged packets are left out, as FFmpeg's own tools do, rather than failing hours of audio. */
    private void skipped() {
        skippedPackets++;
        if (++damagedInARow == DAMAGED_IN_A_ROW) {
            throw new AudioException(AudioException.Reason.UNREADABLE, FfmpegErrors.nameOf(input.file())
                    + " is damaged: " + DAMAGED_IN_A_ROW + " audio packets in a row could not be decoded");
        }
        LOG.log(skippedPackets == 1 ? Level.WARNING : Level.DEBUG, "{0}: left out damaged audio packet number {1}",
                FfmpegErrors.nameOf(input.file()), skippedPackets);
    }

    @Override
    public void close() {
        av_frame_free(frame);
        av_packet_free(packet);
        avcodec_free_context(codec);
        input.close();
    }
}
