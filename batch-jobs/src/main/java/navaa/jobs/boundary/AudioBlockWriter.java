package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.AudioBlock;
import navaa.jobs.control.AudioPlan;
import navaa.jobs.control.AudioTask;
import navaa.models.stream.BlockKernel;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.JobLedgers;
import navaa.jobs.control.ResumeFile;
import navaa.jobs.control.ResumePoint;
import navaa.jobs.control.OwnerOnly;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Runs the job's kernel over each block and appends the result, as raw float PCM, to an
 * intermediate file. After each chunk the file is forced to disk and then the resume point
 * (frames in and out, kernel state) is replaced; a restarted step cuts the file back to the
 * point's length and continues, so a crash between two commits leaves no half-written
 * block behind and no block twice. The batch repository's checkpoint only counts frames:
 * a kernel's state (a separator's spectra, up to megabytes) would not fit its column.
 */
@Named
@Dependent
public class AudioBlockWriter extends AbstractItemWriter {

    static final String PROCESSED = "processed.f32";

    @Inject
    @BatchProperty
    String jobId;

    private JobLedger ledger;
    private AudioTask task;
    private AudioPlan plan;
    private BlockKernel kernel;
    private ResumeFile resume;
    private FileChannel out;
    private float[] processed;
    private ByteBuffer bytes;
    private long inputFrames;
    private boolean inputEnded;
    private long outputFrames;
    private boolean flushed;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        ledger = JobLedgers.lookup();
        task = ledger.task(Long.parseLong(jobId));
        plan = JobPlans.of(task);
        kernel = plan.kernel().get();
        processed = new float[Math.max(plan.sampleRate(), kernel.maxFlushFrames()) * plan.outputChannels()];
        bytes = ByteBuffer.allocate(processed.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        Path work = OwnerOnly.directories(task.work());
        resume = new ResumeFile(work);
        out = OwnerOnly.open(work.resolve(PROCESSED), StandardOpenOption.CREATE);
        resume.read().ifPresent(this::continueFrom);
        long committed = outputFrames * plan.outputChannels() * Float.BYTES;
        out.truncate(committed);
        out.position(committed);
    }

    private void continueFrom(ResumePoint point) {
        inputFrames = point.inputFrames();
        inputEnded = point.inputEnded();
        outputFrames = point.outputFrames();
        flushed = point.flushed();
        kernel.restore(point.kernel());
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        for (Object item : items) {
            AudioBlock block = (AudioBlock) item;
            if (block.isEnd()) {
                inputEnded = true;
                if (!flushed) {
                    append(kernel.flush(processed));
                    flushed = true;
                }
            } else {
                inputFrames += block.frames();
                append(kernel.process(block.samples(), processed, block.frames()));
            }
        }
        // the frames first, then the point that counts them
        out.force(false);
        resume.write(checkpoint());
        ledger.progressed(task.jobId(), plan.progress(task, inputFrames));
    }

    private void append(int frames) throws IOException {
        int samples = frames * plan.outputChannels();
        bytes.clear();
        bytes.asFloatBuffer().put(processed, 0, samples);
        bytes.limit(samples * Float.BYTES);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
        outputFrames += frames;
    }

    private ResumePoint checkpoint() {
        return new ResumePoint(inputFrames, inputEnded, outputFrames, kernel.snapshot(), flushed);
    }

    @Override
    public Serializable checkpointInfo() {
        return outputFrames;
    }

    @Override
    public void close() throws IOException {
        try (BlockKernel closing = kernel; FileChannel closingOut = out) {
            // both released, even when one of them fails
        }
    }
}
