package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/** An output file with one audio stream: the encoding and muxing half of FFmpeg. */
final class EncodedOutput implements AutoCloseable {

    private final Path file;
    private final AVFormatContext context;
    private final AVCodecContext codec;
    private final AVPacket packet = av_packet_alloc();
    private final AVIOContext io = new AVIOContext(null);
    private AVStream stream;
    private AVRational codecTimeBase;
    private AVRational streamTimeBase;

    private EncodedOutput(Path file, AVFormatContext context, AVCodecContext codec) {
        this.file = file;
        this.context = context;
        this.codec = codec;
    }

    /** @param bitRate in bit/s, for lossy encodings */
    static EncodedOutput open(Path file, Encoding encoding, int sampleRate, int channels, long bitRate) {
        AVCodec encoder = encoding.findEncoder(sampleRate);
        AVFormatContext context = new AVFormatContext(null);
        // "file:" so that a colon in the name is never read as another protocol; the M4A
        // muxer reopens the file by this name to move its index to the front
        String url = "file:" + file.toAbsolutePath();
        FfmpegErrors.checkWrite(avformat_alloc_output_context2(context, null, encoding.muxer(), url), file, "setup");
        EncodedOutput output = new EncodedOutput(file, context, avcodec_alloc_context3(encoder));
        try {
            output.start(encoder, encoding, sampleRate, channels, bitRate);
            return output;
        } catch (RuntimeException e) {
            output.close();
            throw e;
        }
    }

    private void start(AVCodec encoder, Encoding encoding, int sampleRate, int channels, long bitRate) {
        codec.sample_fmt(encoding.sampleFormat());
        codec.sample_rate(sampleRate);
        av_channel_layout_default(codec.ch_layout(), channels);
        codec.time_base(av_make_q(1, sampleRate));
        if (encoding.lossy()) {
            codec.bit_rate(bitRate);
        }
        if ((context.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
            codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
        }
        FfmpegErrors.checkWrite(avcodec_open2(codec, encoder, (AVDictionary) null), file, "opening the encoder");
        stream = avformat_new_stream(context, null);
        FfmpegErrors.checkWrite(avcodec_parameters_from_context(stream.codecpar(), codec), file, "setup");
        stream.time_base(codec.time_base());
        FfmpegErrors.checkWrite(avio_open(io, context.url(), AVIO_FLAG_WRITE), file, "creating");
        context.pb(io);
        AVDictionary options = new AVDictionary(null);
        // the index in front, so that browsers play a download before it has arrived
        av_dict_set(options, "movflags", "+faststart", 0);
        int written = avformat_write_header(context, options);
        av_dict_free(options);
        FfmpegErrors.checkWrite(written, file, "writing the header");
        codecTimeBase = codec.time_base();
        streamTimeBase = stream.time_base();
    }

    Path file() {
        return file;
    }

    /** Samples per frame the encoder requires, or 0 if any count will do. */
    int frameSize() {
        return codec.frame_size();
    }

    AVCodecContext codec() {
        return codec;
    }

    /** Encodes a frame, or with null drains the encoder, and writes what it gives. */
    void encode(AVFrame frame) {
        FfmpegErrors.checkWrite(avcodec_send_frame(codec, frame), file, "encoding");
        while (true) {
            int received = avcodec_receive_packet(codec, packet);
            if (received == AVERROR_EAGAIN() || received == AVERROR_EOF()) {
                return;
            }
            FfmpegErrors.checkWrite(received, file, "encoding");
            av_packet_rescale_ts(packet, codecTimeBase, streamTimeBase);
            packet.stream_index(stream.index());
            FfmpegErrors.checkWrite(av_interleaved_write_frame(context, packet), file, "writing");
        }
    }

    /** Drains the encoder and completes the file (lengths, seek tables, the M4A index). */
    void finish() {
        encode(null);
        FfmpegErrors.checkWrite(av_write_trailer(context), file, "finishing");
    }

    @Override
    public void close() {
        // each call nulls what it frees, so a second close does nothing
        avio_closep(io);
        avcodec_free_context(codec);
        avformat_free_context(context);
        context.setNull();
        av_packet_free(packet);
    }
}
