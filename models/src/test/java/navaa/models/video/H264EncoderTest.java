package navaa.models.video;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_configuration;
import static org.bytedeco.ffmpeg.global.avfilter.avfilter_get_by_name;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.Java2DFrameConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the project's bytedeco FFmpeg (org.bytedeco:ffmpeg 8.1.2-1.5.14, the LGPL build, not
 * {@code -gpl}) can do for issue 15's burn-in: which H.264 encoders it carries, whether an
 * MP4 it writes decodes back whole, how fast it encodes 720p here, and whether it has the
 * libass {@code subtitles} filter. The facts it prints are in {@code notes/render.md}.
 */
class H264EncoderTest {

    /** In the order a software pipeline would pick them; the hardware ones need a device. */
    static final List<String> H264_ENCODERS = List.of("libx264", "libopenh264",
            "h264_nvenc", "h264_qsv", "h264_vaapi", "h264_vulkan", "h264_v4l2m2m", "h264_amf", "h264_mf");

    @Test
    void listsTheH264EncodersAndCarriesOpenH264NotX264() {
        List<String> found = available();
        System.out.println("H.264 encoders in this FFmpeg " + avutil.av_version_info().getString() + ": " + found);

        assertTrue(found.contains("libopenh264"), "the software H.264 encoder of the LGPL build: " + found);
        // libx264 is GPL and only in bytedeco's ffmpeg:...-gpl artifact; if this fails the pom
        // switched builds and notes/render.md and the README's licence paragraph need changing
        assertTrue(!found.contains("libx264"), "this is the LGPL build: " + found);
    }

    @Test
    void hasNoLibassSoBurnInIsJava2d() {
        String configuration = avfilter_configuration().getString();
        StringBuilder facts = new StringBuilder();
        for (String filter : List.of("subtitles", "ass", "drawtext", "overlay")) {
            facts.append(filter).append('=').append(avfilter_get_by_name(filter) != null).append(' ');
        }
        for (String library : List.of("libass", "libfribidi", "libharfbuzz", "libfreetype", "libfontconfig")) {
            facts.append(library).append('=').append(configuration.contains("--enable-" + library)).append(' ');
        }
        System.out.println("avfilter: " + facts.toString().trim());

        assertEquals(null, avfilter_get_by_name("subtitles"), "no libass: the subtitles filter is missing");
        assertNotNull(avfilter_get_by_name("overlay"));
    }

    @Test
    void encodes30FramesToMp4AndDecodesThemBack(@TempDir Path dir) throws Exception {
        String encoder = best();
        Path mp4 = dir.resolve("cue.mp4");
        Overlay cue = new CueRenderer().render(640, 360, "سلام دنیا").orElseThrow();

        long bytes = encode(mp4, encoder, 640, 360, 30, 800_000, cue, 1);
        assertTrue(bytes > 1000, "an MP4 of " + bytes + " bytes");

        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(mp4.toFile())) {
            grabber.start();
            assertEquals("h264", grabber.getVideoCodecName());
            assertEquals(640, grabber.getImageWidth());
            assertEquals(360, grabber.getImageHeight());
            int frames = 0;
            Frame frame;
            Java2DFrameConverter converter = new Java2DFrameConverter();
            BufferedImage last = null;
            while ((frame = grabber.grabImage()) != null) {
                frames++;
                last = converter.convert(frame);
            }
            assertEquals(30, frames);
            // the burnt cue survives the encode: white letters in the bottom band, none at the top
            assertTrue(brightPixels(last, cue.y(), cue.y() + cue.height()) > 100);
            assertEquals(0, brightPixels(last, 0, 100));
        }
    }

    @Test
    void printsTheSpeedOf720p(@TempDir Path dir) throws Exception {
        String encoder = best();
        Overlay cue = new CueRenderer().render(1280, 720, "این یک زیرنویس آزمایشی است\nA test subtitle").orElseThrow();
        int frames = 150;
        encode(dir.resolve("warm.mp4"), encoder, 1280, 720, 10, 2_500_000, cue, 1);
        for (int threads : new int[] {1, 2}) {
            long start = System.nanoTime();
            long bytes = encode(dir.resolve("720p-" + threads + ".mp4"), encoder, 1280, 720, frames, 2_500_000, cue, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.println(String.format(Locale.ROOT,
                    "720p30 %s, %d encoder thread(s): %d frames in %.2f s = %.1f fps (%.2f× real time at 30 fps,"
                            + " including drawing and BGR→YUV), %d kB at 2.5 Mb/s; %d cores",
                    encoder, threads, frames, seconds, frames / seconds, frames / seconds / 30, bytes / 1024,
                    Runtime.getRuntime().availableProcessors()));
        }

        BufferedImage frame = CueRendererTest.frame(1280, 720, Color.DARK_GRAY);
        Overlay logo = Watermark.overlay(1280, 720, new BufferedImage(200, 80, BufferedImage.TYPE_INT_ARGB));
        long compositeStart = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            cue.drawOnto(frame);
            logo.drawOnto(frame);
        }
        double compositeMs = (System.nanoTime() - compositeStart) / 1e6 / 300;

        System.out.println(String.format(Locale.ROOT, "720p cue + logo composite: %.2f ms/frame", compositeMs));
    }

    private static List<String> available() {
        List<String> found = new ArrayList<>();
        for (String name : H264_ENCODERS) {
            if (avcodec_find_encoder_by_name(name) != null) {
                found.add(name);
            }
        }
        return found;
    }

    /** libx264 when the build has it, else OpenH264: the software encoders, which need no device. */
    private static String best() {
        List<String> found = available();
        return found.contains("libx264") ? "libx264" : "libopenh264";
    }

    /** Writes {@code frames} moving frames with the cue composited, as an MP4; returns its size. */
    private static long encode(Path mp4, String encoder, int width, int height, int frames, int bitRate, Overlay cue,
            int threads) throws Exception {
        Java2DFrameConverter converter = new Java2DFrameConverter();
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(mp4.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName(encoder);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(30);
            recorder.setGopSize(60);
            recorder.setVideoBitrate(bitRate);
            recorder.setVideoOption("threads", Integer.toString(threads));
            recorder.start();
            BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            for (int i = 0; i < frames; i++) {
                Graphics2D g = frame.createGraphics();
                g.setColor(new Color(20, 40 + i % 60, 90));
                g.fillRect(0, 0, width, height);
                g.setColor(new Color(200, 120, 40));
                g.fillOval((i * 7) % width, height / 4, width / 6, height / 4);
                g.dispose();
                cue.drawOnto(frame);
                recorder.record(converter.convert(frame));
            }
            recorder.stop();
        }
        return Files.size(mp4);
    }

    private static int brightPixels(BufferedImage frame, int fromY, int toY) {
        int n = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                int rgb = frame.getRGB(x, y);
                n += (rgb >> 16 & 0xff) > 230 && (rgb >> 8 & 0xff) > 230 && (rgb & 0xff) > 230 ? 1 : 0;
            }
        }
        return n;
    }
}
