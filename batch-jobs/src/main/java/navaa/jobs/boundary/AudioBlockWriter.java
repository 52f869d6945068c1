package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.AudioBlock;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.BlockKernel;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.Kernels;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Runs the job's kernel over each block and appends the result, as raw float PCM, to an
 * intermediate file. The checkpoint holds the frames written and the kernel's state; a
 * restarted step cuts the file back to that length and continues, so a crash between
 * two commits leaves no half-written block behind.
 */
@Named
@Dependent
public class AudioBlockWriter extends AbstractItemWriter {

    static final String PROCESSED = "processed.f32";

    record Position(long framesWritten, Serializable kernel, boolean flushed) implements Serializable {
    }

    @Inject
    @BatchProperty
    String jobId;

    private JobLedger ledger;
    private AudioTask task;
    private BlockKernel kernel;
    private FileChannel out;
    private float[] processed;
    private ByteBuffer bytes;
    private long framesWritten;
    private boolean flushed;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        ledger = JobLedger.lookup();
        task = ledger.task(Long.parseLong(jobId));
        kernel = Kernels.of(task);
        processed = new float[task.sampleRate() * task.channels()];
        bytes = ByteBuffer.allocate(processed.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        Path file = Files.createDirectories(Path.of(task.workDir())).resolve(PROCESSED);
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        if (checkpoint instanceof Position position) {
            framesWritten = position.framesWritten();
            flushed = position.flushed();
            kernel.restore(position.kernel());
        }
        long committed = framesWritten * task.channels() * Float.BYTES;
        out.truncate(committed);
        out.position(committed);
    }

    @Override
    public void writeItems(List<Object> items) throws IOException {
        for (Object item : items) {
            AudioBlock block = (AudioBlock) item;
            if (block.isEnd()) {
                if (!flushed) {
                    append(kernel.flush(processed));
                    flushed = true;
                }
            } else {
                append(kernel.process(block.samples(), processed, block.frames()));
            }
        }
        // on disk before the checkpoint that counts these frames is committed
        out.force(false);
        ledger.progressed(task.jobId(), (int) Math.min(95, 95 * framesWritten / Math.max(1, task.totalFrames())));
    }

    private void append(int frames) throws IOException {
        bytes.clear();
        bytes.asFloatBuffer().put(processed, 0, frames * task.channels());
        bytes.limit(frames * task.channels() * Float.BYTES);
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
        framesWritten += frames;
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(framesWritten, kernel.snapshot(), flushed);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
