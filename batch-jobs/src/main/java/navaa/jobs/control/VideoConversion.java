package navaa.jobs.control;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

import java.nio.file.Path;
import java.util.function.IntConsumer;

/**
 * FFmpeg's part of a content download (bytedeco javacv): the probe that {@link VideoPlan} decides
 * from, the remux (packets copied, nothing decoded) and the transcode to H.264 (libopenh264, the
 * only H.264 encoder of the LGPL build Navaa ships) and AAC in MP4. Progress is told in percent
 * of the source's length as the packets or frames pass.
 */
public final class VideoConversion {

    private VideoConversion() {
    }

    /** The streams' codecs (FFmpeg's ids' names), the length and what the encoder needs. */
    public record Probe(String video, String audio, long frames, double seconds, int width, int height, double frameRate,
                         int channels, int sampleRate) {
    }

    public static Probe probe(Path file) {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            String video = grabber.hasVideo() ? avcodec.avcodec_get_name(grabber.getVideoCodec()).getString() : null;
            String audio = grabber.hasAudio() ? avcodec.avcodec_get_name(grabber.getAudioCodec()).getString() : null;
            Probe probe = new Probe(video, audio, Math.max(0, grabber.getLengthInVideoFrames()), grabber.getLengthInTime() / 1e6,
                    grabber.getImageWidth(), grabber.getImageHeight(), grabber.getFrameRate(), grabber.getAudioChannels(),
                    grabber.getSampleRate());
            grabber.stop();
            return probe;
        } catch (FrameGrabber.Exception e) {
            throw new JobFailureException(JobFailure.INPUT_UNREADABLE, "FFmpeg cannot read " + file + " as a video", e);
        }
    }

    /** The streams copied packet by packet into {@code format}, without decoding. */
    public static void remux(Path source, Path part, String format, IntConsumer progress) {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
            grabber.start();
            long length = Math.max(1, grabber.getLengthInTime());
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(part.toFile(), grabber.getImageWidth(),
                    grabber.getImageHeight(), grabber.getAudioChannels())) {
                recorder.setFormat(format);
                recorder.start(grabber.getFormatContext());
                AVPacket packet;
                while ((packet = grabber.grabPacket()) != null) {
                    recorder.recordPacket(packet);
                    progress.accept((int) Math.min(100, grabber.getTimestamp() * 100 / length));
                }
                recorder.stop();
            }
            grabber.stop();
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new JobFailureException(JobFailure.VIDEO_UNSUPPORTED, "FFmpeg cannot remux " + source + " into " + format, e);
        }
    }

    /** Decoded and encoded again: H.264 (libopenh264, the only H.264 encoder of the shipped FFmpeg) and AAC, in MP4. */
    public static void transcode(Path source, Path part, IntConsumer progress, Probe probe) {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile())) {
            grabber.start();
            long length = Math.max(1, grabber.getLengthInTime());
            // libopenh264 takes even sizes only
            int width = grabber.getImageWidth() & ~1;
            int height = grabber.getImageHeight() & ~1;
            try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(part.toFile(), width, height,
                    grabber.hasAudio() ? grabber.getAudioChannels() : 0)) {
                recorder.setFormat("mp4");
                recorder.setVideoCodecName("libopenh264");
                recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
                recorder.setFrameRate(grabber.getFrameRate() > 0 ? grabber.getFrameRate() : 25);
                recorder.setVideoBitrate(Math.max(500_000, Math.min(8_000_000, width * height * 4)));
                if (grabber.hasAudio()) {
                    recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                    recorder.setSampleRate(grabber.getSampleRate());
                    recorder.setAudioBitrate(128_000);
                }
                recorder.start();
                Frame frame;
                while ((frame = grabber.grabFrame(grabber.hasAudio(), true, true, false)) != null) {
                    recorder.record(frame);
                    progress.accept((int) Math.min(100, grabber.getTimestamp() * 100 / length));
                }
                recorder.stop();
            }
            grabber.stop();
        } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
            throw new JobFailureException(JobFailure.VIDEO_UNSUPPORTED, "FFmpeg cannot transcode " + source
                    + " (" + probe.video + (probe.audio == null ? "" : "/" + probe.audio) + ") to h264/aac", e);
        }
    }
}
