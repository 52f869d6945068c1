package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.AudioBlock;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.models.audio.PcmDecoder;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Decodes the job's input block by block (one second each), never the whole file. The
 * checkpoint is the number of frames read: a restarted step seeks there, and the decoder
 * gives the same samples from that frame on as an uninterrupted run.
 */
@Named
@Dependent
public class AudioBlockReader extends AbstractItemReader {

    record Position(long framesRead, boolean ended) implements Serializable {
    }

    @Inject
    @BatchProperty
    String jobId;

    private PcmDecoder decoder;
    private AudioTask task;
    private long framesRead;
    private boolean ended;

    @Override
    public void open(Serializable checkpoint) {
        task = JobLedger.lookup().task(Long.parseLong(jobId));
        decoder = PcmDecoder.open(Path.of(task.input()), task.sampleRate(), task.channels());
        if (checkpoint instanceof Position position) {
            framesRead = position.framesRead();
            ended = position.ended();
            decoder.seekToFrame(framesRead);
        }
    }

    @Override
    public Object readItem() {
        if (ended) {
            return null;
        }
        float[] block = new float[task.sampleRate() * task.channels()];
        int frames = decoder.read(block, task.sampleRate());
        if (frames == 0) {
            ended = true;
            return AudioBlock.END;
        }
        framesRead += frames;
        return new AudioBlock(block, frames);
    }

    @Override
    public Serializable checkpointInfo() {
        return new Position(framesRead, ended);
    }

    @Override
    public void close() {
        if (decoder != null) {
            decoder.close();
        }
    }
}
