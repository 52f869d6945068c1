package navaa.jobs.boundary;

import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.ContentDownloadTask;
import navaa.jobs.control.JobFailure;
import navaa.jobs.control.JobFailureException;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.OwnerOnly;
import navaa.jobs.control.ResumableCopy;
import navaa.jobs.control.RunStart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.IntConsumer;

/**
 * A content download's first step (doc 002 §4.3, status {@code downloading}): the library video
 * copied into the job's work folder as {@code source.<ext>.part}, forced to disk in 8 MB pieces
 * and renamed when whole. A run after a crash continues the {@code .part} from its length (a
 * {@code .part} longer than the source, which has then changed, is started again); a whole copy
 * is not made twice. A remote source fails at once: this server fetches no address until remote
 * downloads are configured.
 */
@Named
@Dependent
public class FetchContentVideo extends TaskBatchlet {

    static final String STEP = "fetch";

    @Inject
    JobContext context;

    @Override
    void run(JobLedger ledger, AudioTask task) throws IOException {
        if (!ContentDownloadTask.fromLibrary(task)) {
            throw new JobFailureException(JobFailure.REMOTE_DOWNLOAD_NOT_CONFIGURED,
                    "job " + task.jobId() + ": a remote source, and remote downloads are not configured");
        }
        Path source = ContentDownloadTask.libraryFile(task).filter(Files::isRegularFile).orElseThrow(() -> new JobFailureException(
                JobFailure.INPUT_UNREADABLE, "job " + task.jobId() + ": the library video " + task.parameters().get(ContentDownloadTask.SOURCE) + " is gone"));
        Path copy = copyOf(task);
        long total = Files.size(source);
        if (Files.isRegularFile(copy) && Files.size(copy) == total) {
            return;
        }
        OwnerOnly.directories(task.work());
        Path part = copy.resolveSibling(copy.getFileName() + ".part");
        long from = ResumableCopy.resumeAt(part, total);
        ledger.runStarted(task.jobId(), context.getExecutionId(), new RunStart(STEP, "bytes", from, total));
        IntConsumer progress = LedgerProgress.of(ledger, task.jobId(), 0, ContentDownloadTask.COPY_SHARE);
        long copied = ResumableCopy.copy(source, part, from, progress);
        ledger.runEnded(task.jobId(), context.getExecutionId(), STEP, copied);
        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The whole copy in the work folder, named by the source's extension (the container is told by it). */
    static Path copyOf(AudioTask task) {
        String name = ContentDownloadTask.libraryFile(task).map(file -> file.getFileName().toString()).orElse("");
        return task.work().resolve("source." + ContentDownloadTask.extension(name));
    }
}
