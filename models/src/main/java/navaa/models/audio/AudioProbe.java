package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;

/** Reads what a file holds (length, rate, channels, codec) from its headers, without decoding it. */
public final class AudioProbe {

    private AudioProbe() {
    }

    /**
     * @throws AudioException {@link AudioException.Reason#UNREADABLE} for anything FFmpeg cannot
     *         read as audio, {@link AudioException.Reason#UNSUPPORTED} for audio in another container
     */
    public static AudioInfo probe(Path file) {
        try (InputContainer input = InputContainer.open(file)) {
            AVStream stream = input.stream();
            AVCodecParameters codec = stream.codecpar();
            AVFormatContext context = input.context();
            long bitRate = codec.bit_rate() > 0 ? codec.bit_rate() : Math.max(0, context.bit_rate());
            return new AudioInfo(formatOf(input), avcodec_get_name(codec.codec_id()).getString(),
                    durationSeconds(context, stream), codec.sample_rate(), codec.ch_layout().nb_channels(),
                    bitRate);
        }
    }

    /** The container as the demuxer FFmpeg chose names it. */
    static AudioFormat formatOf(InputContainer input) {
        String demuxer = input.demuxerName();
        if (demuxer.equals("wav")) {
            return AudioFormat.WAV;
        } else if (demuxer.equals("flac")) {
            return AudioFormat.FLAC;
        } else if (demuxer.equals("mp3")) {
            return AudioFormat.MP3;
        } else if (demuxer.startsWith("mov,mp4")) {
            return AudioFormat.M4A;
        }
        throw new AudioException(AudioException.Reason.UNSUPPORTED,
                FfmpegErrors.nameOf(input.file()) + " is " + demuxer + "; accepted are MP3, WAV, M4A and FLAC");
    }

    /** The stream's own duration when the container states it, else FFmpeg's estimate for the file. */
    private static double durationSeconds(AVFormatContext context, AVStream stream) {
        if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            return stream.duration() * av_q2d(stream.time_base());
        }
        return context.duration() == AV_NOPTS_VALUE ? 0 : (double) context.duration() / AV_TIME_BASE;
    }
}
