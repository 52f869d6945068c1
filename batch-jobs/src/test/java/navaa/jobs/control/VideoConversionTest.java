package navaa.jobs.control;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real small videos through the probe, the plan, the remux and the transcode. */
class VideoConversionTest {

    @TempDir
    Path folder;

    @Test
    void mpeg4PartTwoIsTranscodedToH264AndAacThatBrowsersPlay() throws Exception {
        Path source = write(folder.resolve("lesson.mp4"), "mp4", avcodec.AV_CODEC_ID_MPEG4, null, true);
        VideoConversion.Probe probe = VideoConversion.probe(source);
        assertEquals("mpeg4", probe.video());
        assertEquals("aac", probe.audio());
        VideoPlan plan = VideoPlan.of("mp4", probe.video(), probe.audio());
        assertEquals(VideoPlan.Handling.TRANSCODE, plan.handling());
        Path out = folder.resolve("out.mp4");
        List<Integer> progress = new ArrayList<>();
        VideoConversion.transcode(source, out, progress::add, probe);
        VideoConversion.Probe result = VideoConversion.probe(out);
        assertEquals("h264", result.video());
        assertEquals("aac", result.audio());
        assertEquals(VideoPlan.Handling.KEEP, VideoPlan.of("mp4", result.video(), result.audio()).handling());
        assertEquals(probe.seconds(), result.seconds(), 0.25);
        assertTrue(!progress.isEmpty() && progress.get(progress.size() - 1) >= 90, progress::toString);
    }

    @Test
    void h264InMatroskaIsRemuxedToMp4WithoutDecoding() throws Exception {
        Path source = write(folder.resolve("talk.mkv"), "matroska", -1, "libopenh264", false);
        VideoConversion.Probe probe = VideoConversion.probe(source);
        assertEquals("h264", probe.video());
        assertEquals(null, probe.audio());
        VideoPlan plan = VideoPlan.of("mkv", probe.video(), probe.audio());
        assertEquals(new VideoPlan(VideoPlan.Handling.REMUX, "mp4", "h264 in mkv remuxed to mp4"), plan);
        Path out = folder.resolve("out.mp4");
        VideoConversion.remux(source, out, plan.extension(), percent -> { });
        VideoConversion.Probe result = VideoConversion.probe(out);
        assertEquals("h264", result.video());
        assertEquals(probe.frames(), result.frames(), 1);
    }

    /** 2 s of 96×64 at 10 fps, with a 440 Hz tone in AAC when asked. */
    static Path write(Path file, String format, int codec, String codecName, boolean audio) throws Exception {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 96, 64, audio ? 1 : 0)) {
            recorder.setFormat(format);
            if (codecName != null) {
                recorder.setVideoCodecName(codecName);
            } else {
                recorder.setVideoCodec(codec);
            }
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(10);
            if (audio) {
                recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                recorder.setSampleRate(44_100);
            }
            recorder.start();
            for (int i = 0; i < 20; i++) {
                Frame frame = new Frame(96, 64, Frame.DEPTH_UBYTE, 3);
                ByteBuffer pixels = (ByteBuffer) frame.image[0];
                for (int p = 0; p < pixels.capacity(); p++) {
                    pixels.put(p, (byte) ((p + i * 9) & 0xff));
                }
                recorder.record(frame, avutil.AV_PIX_FMT_BGR24);
                if (audio) {
                    short[] tone = new short[4410];
                    for (int s = 0; s < tone.length; s++) {
                        tone[s] = (short) (8000 * Math.sin(2 * Math.PI * 440 * (i * 4410 + s) / 44_100.0));
                    }
                    recorder.recordSamples(44_100, 1, ShortBuffer.wrap(tone));
                }
            }
            recorder.stop();
        }
        return file;
    }
}
