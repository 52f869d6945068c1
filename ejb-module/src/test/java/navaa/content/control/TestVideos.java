package navaa.content.control;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Small real videos for the library's tests: 1 s of 64×48 MPEG-4 Part 2 at 10 fps, with a title tag when asked. */
final class TestVideos {

    private TestVideos() {
    }

    /** Writes a 1-second video; the container is the file's extension ({@code mp4}, {@code mkv}, {@code mov}). */
    static Path write(Path file, String title) {
        try {
            Files.createDirectories(file.getParent());
            String name = file.getFileName().toString();
            String format = name.endsWith(".mkv") ? "matroska" : name.endsWith(".mov") ? "mov" : "mp4";
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 64, 48, 0)) {
                recorder.setFormat(format);
                recorder.setVideoCodec(AV_CODEC_ID_MPEG4);
                recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(10);
                if (title != null) {
                    recorder.setMetadata("title", title);
                }
                recorder.start();
                Frame frame = new Frame(64, 48, Frame.DEPTH_UBYTE, 3);
                for (int i = 0; i < 10; i++) {
                    recorder.record(frame, AV_PIX_FMT_BGR24);
                }
                recorder.stop();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path text(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String srt(String... cues) {
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < cues.length; i++) {
            srt.append(i + 1).append('\n')
                    .append(String.format("00:00:%02d,000 --> 00:00:%02d,500%n", i, i))
                    .append(cues[i]).append("\n\n");
        }
        return srt.toString();
    }
}
