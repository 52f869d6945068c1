package navaa.jobs.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import navaa.jobs.control.AudioBlock;
import navaa.jobs.control.AudioPlan;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.ResumeFile;
import navaa.jobs.control.ResumePoint;
import navaa.jobs.control.RunStart;
import navaa.models.audio.PcmDecoder;

import java.io.Serializable;
import java.nio.file.Path;

/**
 * Decodes the job's input block by block (one second each, at the plan's rate and
 * channels), never the whole file. A restarted or resumed step seeks to the frame the
 * writer's resume point names, and the decoder gives the same samples from that frame
 * on as an uninterrupted run. Where each execution started, and how much it read, goes to
 * the job's record of its runs: a resumed execution's start shows the resume point was used.
 */
@Named
@Dependent
public class AudioBlockReader extends StepRun {

    record Position(long framesRead, boolean ended) implements Serializable {
    }

    private AudioPlan plan;
    private long framesRead;
    private long startFrame;
    private boolean ended;

    @Override
    void open(JobLedger ledger, AudioTask task) {
        plan = JobPlans.of(task);
        decoder = PcmDecoder.open(Path.of(task.input()), plan.sampleRate(), plan.channels());
        // the writer's resume point, not the batch checkpoint: the two steps must agree
        Position start = new ResumeFile(task.work()).read()
                .map(AudioBlockReader::position)
                .orElse(new Position(0, false));
        framesRead = start.framesRead();
        startFrame = framesRead;
        ended = start.ended();
        if (framesRead > 0) {
            decoder.seekToFrame(framesRead);
        }
        started(ledger, RunStart.FRAMES, startFrame, plan.expectedFrames(task));
    }

    private static Position position(ResumePoint point) {
        return new Position(point.inputFrames(), point.inputEnded());
    }

    @Override
    public Object readItem() {
        if (ended) {
            return null;
        }
        float[] block = new float[plan.sampleRate() * plan.channels()];
        int frames = decoder.read(block, plan.sampleRate());
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
    long processed() {
        return framesRead - startFrame;
    }
}
