package navaa.jobs.boundary;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.DiarizationTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.JobLedgers;
import navaa.jobs.control.SpeechFile;
import navaa.models.vad.SpeechFinder;

import java.nio.file.Path;

/** A diarization's first step: where the recording holds speech (Silero VAD, one streaming pass), kept in the work folder. */
@Named
@Dependent
public class FindSpeech extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String jobId;

    @Override
    public String process() {
        JobLedger ledger = JobLedgers.lookup();
        AudioTask task = ledger.task(Long.parseLong(jobId));
        if (SpeechFile.read(task.work()).isEmpty()) {
            SpeechFile.write(task.work(), SpeechFinder.find(Path.of(task.input()), (double) task.totalFrames() / task.sampleRate(),
                    LedgerProgress.of(ledger, task.jobId(), 0, DiarizationTask.SPEECH_PROGRESS)));
        }
        return "COMPLETED";
    }
}
