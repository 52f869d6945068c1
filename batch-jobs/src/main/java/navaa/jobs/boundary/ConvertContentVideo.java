package navaa.jobs.boundary;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.ContentDownloadTask;
import navaa.jobs.control.Folders;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobFailureException;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.OwnerOnly;
import navaa.jobs.control.RunStart;
import navaa.jobs.control.VideoPlan;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * A content download's second step (status {@code processing}): the copy probed with FFmpeg and
 * made playable in browsers as {@link VideoPlan} decides (kept, remuxed packet by packet, or
 * transcoded frame by frame to H.264 with libopenh264 and AAC), written as a {@code .part} in the
 * content's {@code videos} folder and renamed when whole. A run after a crash redoes the
 * conversion from the start (the {@code .part} is overwritten); a video already in place is
 * not made again.
 */
@Named
@Dependent
public class ConvertContentVideo extends TaskBatchlet {

    static final String STEP = "convert";
    private static final Logger LOG = Logger.getLogger(ConvertContentVideo.class.getName());

    @Inject
    JobContext context;

    @Override
    void run(JobLedger ledger, AudioTask task) throws IOException {
        String content = ContentDownloadTask.content(task);
        Path videos = ContentDownloadTask.folder(task).resolve(ContentDownloadTask.VIDEOS);
        Path copy = FetchContentVideo.copyOf(task);
        String extension = ContentDownloadTask.extension(copy.getFileName().toString());
        Probe probe = probe(copy);
        VideoPlan plan = VideoPlan.of(extension, probe.video, probe.audio);
        LOG.info(() -> "job " + task.jobId() + ": " + plan.reason());
        if (plan.handling() == VideoPlan.Handling.REFUSE) {
            throw new JobFailureException(JobFailure.VIDEO_UNSUPPORTED, "job " + task.jobId() + ": " + plan.reason());
        }
        Path target = videos.resolve(content + "." + plan.extension());
        if (!Files.isRegularFile(target)) {
            OwnerOnly.directories(videos);
            Path part = videos.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(part);
            ledger.runStarted(task.jobId(), context.getExecutionId(), new RunStart(STEP, "frames", 0, probe.frames));
            IntConsumer progress = LedgerProgress.of(ledger, task.jobId(), ContentDownloadTask.COPY_SHARE, 99);
            switch (plan.handling()) {
                case KEEP -> Files.copy(copy, part, StandardCopyOption.REPLACE_EXISTING);
                case REMUX -> remux(copy, part, plan.extension(), progress);
                case TRANSCODE -> transcode(copy, part, progress, task.jobId(), probe);
                default -> throw new IllegalStateException(plan.toString());
            }
            OwnerOnly.restrict(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ledger.runEnded(task.jobId(), context.getExecutionId(), STEP, probe.frames);
        }
        Folders.delete(task.work());
        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        outputs.put("video", target.toString());
        String result = Json.createObjectBuilder()
                .add("file_path", ContentDownloadTask.relativePath(content, plan.extension()))
                .add("file_size", Files.size(target))
                .add("handling", plan.handling().name().toLowerCase(java.util.Locale.ROOT))
                .add("reason", plan.reason())
                .add("duration", probe.seconds)
                .build().toString();
        ledger.finished(task.jobId(), outputs, result);
    }

    /** The streams' codecs (FFmpeg's ids' names), the length and what the encoder needs. */
    private record Probe(String video, String audio, long frames, double seconds, int width, int height, double frameRate,
                         int channels, int sampleRate) {
    }

    private static Probe probe(Path file) {
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
    private static void remux(Path source, Path part, String format, IntConsumer progress) {
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
    private static void transcode(Path source, Path part, IntConsumer progress, long jobId, Probe probe) {
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
            throw new JobFailureException(JobFailure.VIDEO_UNSUPPORTED, "job " + jobId + ": FFmpeg cannot transcode " + source
                    + " (" + probe.video + (probe.audio == null ? "" : "/" + probe.audio) + ") to h264/aac", e);
        }
    }
}
