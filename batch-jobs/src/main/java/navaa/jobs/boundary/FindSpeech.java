package navaa.jobs.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.DiarizationTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.SpeechFile;
import navaa.models.vad.SpeechFinder;

import java.nio.file.Path;

/** A diarization's first step: where the recording holds speech (Silero VAD, one streaming pass), kept in the work folder. */
@Named
@Dependent
public class FindSpeech extends TaskBatchlet {

    @Override
    void run(JobLedger ledger, AudioTask task) {
        if (SpeechFile.read(task.work()).isEmpty()) {
            SpeechFile.write(task.work(), SpeechFinder.find(Path.of(task.input()), (double) task.totalFrames() / task.sampleRate(),
                    LedgerProgress.of(ledger, task.jobId(), 0, DiarizationTask.SPEECH_PROGRESS)));
        }
    }
}
