package navaa.jobs.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.RunStart;
import navaa.jobs.control.SpeechFile;
import navaa.jobs.control.StretchAudio;
import navaa.jobs.control.WindowsFile;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.Diarizer;
import navaa.models.vad.SpeechSegment;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * The stretches of speech to embed, read back from the recording one at a time (at most
 * 20 s in memory), from the one after the windows file's resume point (not the batch
 * checkpoint: Payara ties those to the deployment that started the job, and a job must
 * resume after a redeploy or a crash too). Where each execution started, and how many
 * stretches it read, goes to the job's record of its runs.
 */
@Named
@Dependent
public class SpeechStretchReader extends StepRun {

    private List<SpeechSegment> stretches;
    private int next;
    private int start;

    @Override
    void open(JobLedger ledger, AudioTask task) {
        stretches = Diarizer.stretches(SpeechFile.read(task.work())
                .orElseThrow(() -> new IllegalStateException("job " + jobId + " has no speech regions yet")));
        next = new WindowsFile(task.work()).rewind().stretches();
        start = next;
        decoder = PcmDecoder.open(Path.of(task.input()), Diarizer.RATE, 1);
        started(ledger, RunStart.STRETCHES, start, stretches.size());
    }

    @Override
    public Object readItem() {
        if (next >= stretches.size()) {
            return null;
        }
        SpeechSegment stretch = stretches.get(next++);
        return new StretchAudio(Diarizer.first(stretch) / (double) Diarizer.RATE, Diarizer.read(decoder, stretch), next, stretches.size());
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }

    /** Stretches. */
    @Override
    long processed() {
        return next - start;
    }
}
