package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EINVAL;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.PointerPointer;

/** An opened file and its audio stream; the demuxing half of FFmpeg. */
final class InputContainer implements AutoCloseable {

    /**
     * Only the four accepted containers, from local files only: FFmpeg would otherwise follow
     * a playlist upload (HLS, concat) to other files and URLs. {@code mov} is FFmpeg's MP4
     * demuxer.
     */
    private static final String DEMUXERS = "wav,flac,mp3,mov";

    private final Path file;
    private final AVFormatContext context;
    private final AVStream stream;

    private InputContainer(Path file, AVFormatContext context, AVStream stream) {
        this.file = file;
        this.context = context;
        this.stream = stream;
    }

    static InputContainer open(Path file) {
        AVFormatContext context = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "format_whitelist", DEMUXERS, 0);
        av_dict_set(options, "protocol_whitelist", "file", 0);
        // "file:" so that a colon in the name is never read as another protocol
        int opened = avformat_open_input(context, "file:" + file.toAbsolutePath(), null, options);
        av_dict_free(options);
        if (opened == AVERROR_EINVAL()) {
            // how FFmpeg answers a container it recognised but the white list refused
            throw new AudioException(AudioException.Reason.UNSUPPORTED, FfmpegErrors.nameOf(file)
                    + " is not in an accepted format: MP3, WAV, M4A or FLAC");
        }
        FfmpegErrors.checkRead(opened, file, "opening");
        try {
            FfmpegErrors.checkRead(avformat_find_stream_info(context, (PointerPointer<?>) null), file,
                    "reading its streams");
            int index = av_find_best_stream(context, AVMEDIA_TYPE_AUDIO, -1, -1, (AVCodec) null, 0);
            if (index < 0) {
                throw new AudioException(AudioException.Reason.UNREADABLE,
                        FfmpegErrors.nameOf(file) + " contains no audio");
            }
            return new InputContainer(file, context, context.streams(index));
        } catch (RuntimeException e) {
            avformat_close_input(context);
            throw e;
        }
    }

    Path file() {
        return file;
    }

    AVFormatContext context() {
        return context;
    }

    AVStream stream() {
        return stream;
    }

    /** FFmpeg's name of the demuxer, e.g. {@code "mov,mp4,m4a,3gp,3g2,mj2"}. */
    String demuxerName() {
        return context.iformat().name().getString();
    }

    @Override
    public void close() {
        avformat_close_input(context);
    }
}
