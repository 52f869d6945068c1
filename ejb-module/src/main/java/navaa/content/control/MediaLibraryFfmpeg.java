package navaa.content.control;

import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Reads a library video's title tag and length with FFmpeg's demuxers (bytedeco), no decoding
 * beyond what {@code avformat_find_stream_info} needs for a container without a stated length.
 */
public final class MediaLibraryFfmpeg implements MediaLibraryProbe {

    /**
     * The demuxers of the library's extensions only (mp4/mov/m4v, mkv/webm, avi), from local
     * files only: FFmpeg would otherwise follow a playlist renamed to .mp4 to other files and URLs.
     */
    private static final String DEMUXERS = "mov,matroska,webm,avi";

    @Override
    public Probed probe(Path video) throws IOException {
        AVFormatContext context = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        av_dict_set(options, "format_whitelist", DEMUXERS, 0);
        av_dict_set(options, "protocol_whitelist", "file", 0);
        // "file:" so that a colon in the name is never read as another protocol; UTF-8 for Persian names
        int opened;
        try (BytePointer url = new BytePointer("file:" + video.toAbsolutePath(), StandardCharsets.UTF_8)) {
            opened = avformat_open_input(context, url, (AVInputFormat) null, options);
        } finally {
            av_dict_free(options);
        }
        if (opened < 0) {
            throw new IOException("FFmpeg cannot open it as a video (error " + opened + ")");
        }
        try {
            long duration = context.duration();
            if (duration == AV_NOPTS_VALUE || duration <= 0) {
                avformat_find_stream_info(context, (PointerPointer<?>) null);
                duration = context.duration();
            }
            double seconds = duration == AV_NOPTS_VALUE || duration <= 0 ? 0 : duration / (double) AV_TIME_BASE;
            return new Probed(titleOf(context), seconds);
        } finally {
            avformat_close_input(context);
        }
    }

    private static String titleOf(AVFormatContext context) {
        AVDictionaryEntry entry = av_dict_get(context.metadata(), "title", null, 0);
        if (entry == null || entry.isNull() || entry.value() == null) {
            return null;
        }
        String title = entry.value().getString(StandardCharsets.UTF_8).strip();
        return title.isEmpty() ? null : SidecarInfo.cut(title, SidecarInfo.MAX_TITLE);
    }
}
