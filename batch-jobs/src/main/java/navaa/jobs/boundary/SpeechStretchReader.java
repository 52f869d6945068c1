package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
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
 * resume after a redeploy or a crash too).
 */
@Named
@Dependent
public class SpeechStretchReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String jobId;

    private List<SpeechSegment> stretches;
    private PcmDecoder decoder;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        AudioTask task = JobLedger.lookup().task(Long.parseLong(jobId));
        stretches = Diarizer.stretches(SpeechFile.read(task.work())
                .orElseThrow(() -> new IllegalStateException("job " + jobId + " has no speech regions yet")));
        next = new WindowsFile(task.work()).rewind().stretches();
        decoder = PcmDecoder.open(Path.of(task.input()), Diarizer.RATE, 1);
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

    @Override
    public void close() {
        if (decoder != null) {
            decoder.close();
        }
    }
}
