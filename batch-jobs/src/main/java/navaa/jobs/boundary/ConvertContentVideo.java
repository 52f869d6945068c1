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
import navaa.jobs.control.VideoConversion;
import navaa.jobs.control.VideoPlan;

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
        VideoConversion.Probe probe = VideoConversion.probe(copy);
        VideoPlan plan = VideoPlan.of(extension, probe.video(), probe.audio());
        LOG.info(() -> "job " + task.jobId() + ": " + plan.reason());
        if (plan.handling() == VideoPlan.Handling.REFUSE) {
            throw new JobFailureException(JobFailure.VIDEO_UNSUPPORTED, "job " + task.jobId() + ": " + plan.reason());
        }
        Path target = videos.resolve(content + "." + plan.extension());
        if (!Files.isRegularFile(target)) {
            OwnerOnly.directories(videos);
            Path part = videos.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(part);
            ledger.runStarted(task.jobId(), context.getExecutionId(), new RunStart(STEP, "frames", 0, probe.frames()));
            IntConsumer progress = LedgerProgress.of(ledger, task.jobId(), ContentDownloadTask.COPY_SHARE, 99);
            switch (plan.handling()) {
                case KEEP -> Files.copy(copy, part, StandardCopyOption.REPLACE_EXISTING);
                case REMUX -> VideoConversion.remux(copy, part, plan.extension(), progress);
                case TRANSCODE -> VideoConversion.transcode(copy, part, progress, probe);
                default -> throw new IllegalStateException(plan.toString());
            }
            OwnerOnly.restrict(part);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            ledger.runEnded(task.jobId(), context.getExecutionId(), STEP, probe.frames());
        }
        LinkedHashMap<String, String> outputs = new LinkedHashMap<>();
        outputs.put("video", target.toString());
        String result = Json.createObjectBuilder()
                .add("file_path", ContentDownloadTask.relativePath(content, plan.extension()))
                .add("file_size", Files.size(target))
                .add("handling", plan.handling().name().toLowerCase(java.util.Locale.ROOT))
                .add("reason", plan.reason())
                .add("duration", probe.seconds())
                .build().toString();
        ledger.finished(task.jobId(), outputs, result);
        // after the end is recorded: a crash before it finds the copy still there
        Folders.delete(task.work());
    }
}
