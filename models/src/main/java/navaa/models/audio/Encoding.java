package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_CONFIG_SAMPLE_RATE;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_supported_config;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLTP;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16;

import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * How each accepted format is written with FFmpeg.
 *
 * @param muxer        FFmpeg's muxer; {@code ipod} is MP4 with the M4A brand players expect of .m4a
 * @param encoder      FFmpeg's encoder
 * @param sampleFormat the {@code AV_SAMPLE_FMT_*} the encoder is given
 * @param lossy        whether a bit rate applies
 */
record Encoding(String muxer, String encoder, int sampleFormat, boolean lossy) {

    /** 16-bit WAV and FLAC as the uploads usually are; {@code floatWav} for 32-bit float WAV. */
    static Encoding of(AudioFormat format, boolean floatWav) {
        return switch (format) {
            case WAV -> floatWav ? new Encoding("wav", "pcm_f32le", AV_SAMPLE_FMT_FLT, false)
                    : new Encoding("wav", "pcm_s16le", AV_SAMPLE_FMT_S16, false);
            case FLAC -> new Encoding("flac", "flac", AV_SAMPLE_FMT_S16, false);
            // libmp3lame is the only MP3 encoder FFmpeg has; bytedeco's build includes it
            case MP3 -> new Encoding("mp3", "libmp3lame", AV_SAMPLE_FMT_FLTP, true);
            case M4A -> new Encoding("ipod", "aac", AV_SAMPLE_FMT_FLTP, true);
        };
    }

    /** The encoder, if this FFmpeg has it and it takes {@code sampleRate} (MP3 and AAC take a fixed list). */
    AVCodec findEncoder(int sampleRate) {
        AVCodec codec = avcodec_find_encoder_by_name(encoder);
        if (codec == null) {
            throw new AudioException(AudioException.Reason.UNSUPPORTED,
                    "This server's FFmpeg has no " + encoder + " encoder");
        }
        try (PointerPointer<?> list = new PointerPointer<>(1); IntPointer count = new IntPointer(1)) {
            avcodec_get_supported_config(null, codec, AV_CODEC_CONFIG_SAMPLE_RATE, 0, list, count);
            if (list.get(0) == null) {
                return codec;
            }
            IntPointer rates = new IntPointer(list.get(0));
            StringBuilder accepted = new StringBuilder();
            for (int i = 0; i < count.get(); i++) {
                if (rates.get(i) == sampleRate) {
                    return codec;
                }
                accepted.append(i == 0 ? "" : ", ").append(rates.get(i));
            }
            throw new AudioException(AudioException.Reason.UNSUPPORTED, encoder + " cannot encode at "
                    + sampleRate + " Hz; it takes " + accepted + " Hz");
        }
    }
}
