package navaa.system;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Small real videos to upload: 1 s of 64×48 MPEG-4 Part 2 at 10 fps in MP4 (the encoder every FFmpeg build has). */
final class Videos {

    private Videos() {
    }

    static Path mp4(Path file, String title) {
        try {
            Files.createDirectories(file.getParent());
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 64, 48, 0)) {
                recorder.setFormat("mp4");
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
}
