package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.DiarizationTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.JobLedgers;
import navaa.jobs.control.StretchWindows;
import navaa.jobs.control.WindowsFile;
import navaa.models.diarization.EmbeddedWindow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Appends each chunk's windows to the work folder's windows file, forced to disk, and moves the resume point. */
@Named
@Dependent
public class WindowsWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    String jobId;

    private JobLedger ledger;
    private WindowsFile file;

    @Override
    public void open(java.io.Serializable checkpoint) {
        ledger = JobLedgers.lookup();
        file = new WindowsFile(Path.of(ledger.task(Long.parseLong(jobId)).workDir()));
    }

    @Override
    public void writeItems(List<Object> items) {
        List<EmbeddedWindow> windows = new ArrayList<>();
        StretchWindows last = null;
        for (Object item : items) {
            last = (StretchWindows) item;
            windows.addAll(last.windows());
        }
        file.append(windows, items.size());
        if (last != null) {
            int span = DiarizationTask.EMBED_PROGRESS - DiarizationTask.SPEECH_PROGRESS;
            ledger.progressed(Long.parseLong(jobId), DiarizationTask.SPEECH_PROGRESS + span * last.number() / last.of());
        }
    }
}
