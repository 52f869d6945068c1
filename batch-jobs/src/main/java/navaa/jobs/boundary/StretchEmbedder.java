package navaa.jobs.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import navaa.jobs.control.DiarizationTask;
import navaa.jobs.control.JobLedgers;
import navaa.jobs.control.ModelLoading;
import navaa.jobs.control.StretchAudio;
import navaa.jobs.control.StretchWindows;
import navaa.models.diarization.Diarizer;
import navaa.models.diarization.WindowEmbedder;
import navaa.models.speaker.SpeakerEmbedder;

/** Embeds the windows of one stretch of speech (the x-vector's frame-level layers once, pooled per window). */
@Named
@Dependent
public class StretchEmbedder implements ItemProcessor {

    /** Loaded once per server: the network is immutable and shared by every job. */
    private static volatile SpeakerEmbedder embedder;

    @Inject
    @BatchProperty
    String jobId;

    private WindowEmbedder windows;

    @Override
    public Object processItem(Object item) {
        if (windows == null) {
            windows = new Diarizer(embedder()).windows(DiarizationTask.of(JobLedgers.lookup().task(Long.parseLong(jobId))).settings());
        }
        StretchAudio stretch = (StretchAudio) item;
        return new StretchWindows(windows.embed(stretch.samples(), Diarizer.RATE, stretch.offsetSeconds()), stretch.number(), stretch.of());
    }

    /** The x-vector model every speaker step shares (the diarization's and the speaker extraction's). */
    static SpeakerEmbedder embedder() {
        if (embedder == null) {
            synchronized (StretchEmbedder.class) {
                if (embedder == null) {
                    embedder = ModelLoading.load("the x-vector speaker model", SpeakerEmbedder::load);
                }
            }
        }
        return embedder;
    }
}
