package navaa.jobs.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.JobLedger;
import navaa.jobs.control.KeptRegions;
import navaa.jobs.control.Plans;
import navaa.jobs.control.RegionGate;
import navaa.models.speaker.SpeakerSearch;

import java.nio.file.Path;

/**
 * A speaker extraction's first step: finds the target's regions in the recording and
 * keeps them, with the scores, in the work folder. Done once: a resumed execution that
 * finds them goes straight on to the process step.
 */
@Named
@Dependent
public class FindTargetSpeaker extends TaskBatchlet {

    @Override
    void run(JobLedger ledger, AudioTask task) {
        if (KeptRegions.read(task.work()).isPresent()) {
            return;
        }
        SpeakerSearch.Result found = new SpeakerSearch(StretchEmbedder.embedder()).search(Path.of(task.input()),
                (double) task.totalFrames() / task.sampleRate(), Path.of(task.sample()),
                LedgerProgress.of(ledger, task.jobId(), 0, Plans.ANALYSIS_PROGRESS));
        new ResultFile(task.work()).write(Json.createObjectBuilder()
                .add("similarity_score", round(found.similarity()))
                .add("speech_seconds", round(found.speechSeconds()))
                .add("kept_seconds", round(found.keptSeconds()))
                .add("target_speech_seconds", round(found.targetSpeechSeconds()))
                .add("kept_segments", segments(found))
                .build());
        KeptRegions.write(task.work(), found.kept().stream().map(s -> new RegionGate.Region(s.start(), s.end())).toList());
    }

    private static JsonArrayBuilder segments(SpeakerSearch.Result found) {
        JsonArrayBuilder segments = Json.createArrayBuilder();
        for (SpeakerSearch.Window window : found.windows()) {
            if (window.kept()) {
                segments.add(Json.createObjectBuilder()
                        .add("start", round(window.start()))
                        .add("end", round(window.end()))
                        .add("score", round(window.score())));
            }
        }
        return segments;
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : 0;
    }
}
