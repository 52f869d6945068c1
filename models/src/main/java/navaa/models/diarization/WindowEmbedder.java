package navaa.models.diarization;

import navaa.models.speaker.Decimator;
import navaa.models.speaker.KaldiMfcc;
import navaa.models.speaker.SlidingCmn;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.speaker.XVectorNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * Sliding-window speaker embeddings of one stretch of speech. Features are computed once
 * for the stretch (MFCC, then sliding CMN over it, as Kaldi's diarization recipe does), the
 * x-vector network's frame-level layers once per frame, and each window only pools its
 * frames and applies the last affine layer: with windows of 1.5 s every 0.5 s that is a
 * third of the work of embedding each window on its own.
 * <p>
 * Not thread-safe (one MFCC buffer); one per worker.
 */
public final class WindowEmbedder {

    /** 10 ms per feature frame. */
    static final double FRAME_SECONDS = (double) KaldiMfcc.FRAME_SHIFT / KaldiMfcc.SAMPLE_RATE;
    /** The longest stretch embedded at once: its frame-level rows are 12 MB. */
    public static final double MAX_STRETCH_SECONDS = 20;
    /** A frame's samples reach this far past its 10 ms step. */
    private static final double FRAME_TAIL = (double) (KaldiMfcc.FRAME_LENGTH - KaldiMfcc.FRAME_SHIFT) / KaldiMfcc.SAMPLE_RATE;
    /** A window pools at least this many frames (0.3 s), or the stretch gives none. */
    static final int MIN_POOLED_FRAMES = 30;

    private final SpeakerEmbedder embedder;
    private final XVectorNetwork network;
    private final KaldiMfcc mfcc = new KaldiMfcc();
    private final SlidingCmn cmn = SlidingCmn.vosk();
    private final int windowFrames;
    private final int hopFrames;

    public WindowEmbedder(SpeakerEmbedder embedder, double windowSeconds, double hopSeconds) {
        if (!(windowSeconds >= 0.5 && windowSeconds <= 10) || !(hopSeconds >= 0.1 && hopSeconds <= windowSeconds)) {
            throw new IllegalArgumentException("window " + windowSeconds + " s, hop " + hopSeconds
                    + " s: the window must be 0.5–10 s and the hop 0.1 s up to the window");
        }
        this.embedder = embedder;
        this.network = embedder.network();
        this.windowFrames = (int) Math.round(windowSeconds / FRAME_SECONDS);
        this.hopFrames = (int) Math.round(hopSeconds / FRAME_SECONDS);
    }

    /**
     * @param samples the stretch, mono, at most {@link #MAX_STRETCH_SECONDS} long (its
     *        frame-level rows are held at once: 12 MB for 20 s)
     * @param sampleRate 8000 or a multiple
     * @param offsetSeconds where the stretch starts in the recording
     */
    public List<EmbeddedWindow> embed(float[] samples, int sampleRate, double offsetSeconds) {
        double duration = (double) samples.length / sampleRate;
        if (duration > MAX_STRETCH_SECONDS + 0.1) {
            throw new IllegalArgumentException("a stretch of " + duration + " s; cut it into " + MAX_STRETCH_SECONDS + " s ones");
        }
        float[][] features = mfcc.compute(new Decimator(sampleRate).apply(samples));
        int n = features.length;
        int context = network.leftContext();
        if (n - context - network.rightContext() < MIN_POOLED_FRAMES) {
            return List.of();
        }
        float[][] rows = network.frameLevel(cmn.apply(features));
        return pooled(rows, windows(n), context, offsetSeconds, duration);
    }

    /** Each window [a, b) of input frames embedded from the rows it covers; windows with too few rows give none. */
    private List<EmbeddedWindow> pooled(float[][] rows, List<int[]> ranges, int context, double offsetSeconds, double duration) {
        List<EmbeddedWindow> out = new ArrayList<>(ranges.size());
        for (int[] range : ranges) {
            int from = Math.max(range[0], context) - context;
            int to = Math.min(range[1] - context, rows.length);
            if (to - from < MIN_POOLED_FRAMES) {
                continue;
            }
            double start = offsetSeconds + range[0] * FRAME_SECONDS;
            double end = offsetSeconds + Math.min(duration, range[1] * FRAME_SECONDS + FRAME_TAIL);
            embedder.whiten(network.embedFrames(rows, from, to)).ifPresent(e -> out.add(new EmbeddedWindow(start, end, e)));
        }
        return out;
    }

    /** Input-frame ranges [a, b): every hop, the last one ending with the stretch; one for a short stretch. */
    List<int[]> windows(int frames) {
        List<int[]> windows = new ArrayList<>();
        if (frames <= windowFrames) {
            windows.add(new int[]{0, frames});
            return windows;
        }
        int a = 0;
        for (; a + windowFrames <= frames; a += hopFrames) {
            windows.add(new int[]{a, a + windowFrames});
        }
        if (a - hopFrames + windowFrames < frames) {
            windows.add(new int[]{frames - windowFrames, frames});
        }
        return windows;
    }
}
