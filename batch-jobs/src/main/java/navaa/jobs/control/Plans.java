package navaa.jobs.control;

import navaa.models.denoise.DtlnDenoiser;
import navaa.models.dsp.Boost;

import java.io.Serializable;
import java.util.List;

/** The plan each job kind runs, from its task. */
public final class Plans {

    /** The share of a speaker extraction's progress its analysis step reports. */
    public static final int ANALYSIS_PROGRESS = 40;

    private Plans() {
    }

    public static AudioPlan of(AudioTask task) {
        return switch (task.kind()) {
            case "BOOST" -> boost(task);
            case "DENOISE" -> denoise(task);
            case "EXTRACT" -> extract(task);
            default -> throw new IllegalArgumentException("no audio plan for job kind " + task.kind());
        };
    }

    private static AudioPlan boost(AudioTask task) {
        int factor = factor(task.parameter("boost_level"));
        return new AudioPlan(task.sampleRate(), task.channels(), List.of(OutputStem.single("boosted", task.channels())),
                boostMethod(factor), () -> boost(factor, task.channels(), task.sampleRate()));
    }

    /** DTLN works on 16 kHz mono; the optional boost follows it. */
    private static AudioPlan denoise(AudioTask task) {
        int rate = DtlnDenoiser.SAMPLE_RATE;
        int factor = factor(task.optionalParameter("boost_level").orElse("none"));
        String method = "DTLN two-stage denoiser at 16 kHz mono" + (factor > 1 ? ", then " + boostMethod(factor) : "");
        return new AudioPlan(rate, 1, List.of(OutputStem.single("denoised", 1)), method, () -> {
            BlockKernel denoise = denoise();
            return factor > 1 ? new ChainedKernel(denoise, boost(factor, 1, rate), 1, rate) : denoise;
        });
    }

    /**
     * The target speaker's regions kept at the input's own rate and channels (the analysis
     * step has found them at 16 kHz), the rest silenced; the optional boost follows.
     */
    private static AudioPlan extract(AudioTask task) {
        int factor = factor(task.optionalParameter("boost_level").orElse("none"));
        String method = "Silero VAD + Kaldi x-vector speaker matching; other voices and silence muted"
                + (factor > 1 ? ", then " + boostMethod(factor) : "");
        return new AudioPlan(task.sampleRate(), task.channels(), List.of(OutputStem.single("extracted", task.channels())), method, () -> {
            BlockKernel gate = new RegionGate(KeptRegions.read(task.work()).orElseThrow(() ->
                    new IllegalStateException("job " + task.jobId() + " has no kept regions: the analysis step has not run")),
                    task.channels(), task.sampleRate());
            return factor > 1 ? new ChainedKernel(gate, boost(factor, task.channels(), task.sampleRate()), task.channels(), task.sampleRate()) : gate;
        }, ANALYSIS_PROGRESS);
    }

    /** {@code "3x"} → 3; {@code "none"} → 1. */
    static int factor(String level) {
        if (level == null || level.equals("none")) {
            return 1;
        }
        return Integer.parseInt(level.substring(0, level.length() - 1));
    }

    private static String boostMethod(int factor) {
        return "gain " + factor + "x with a true-peak limiter at -1 dBTP";
    }

    private static BlockKernel denoise() {
        DtlnDenoiser dtln = new DtlnDenoiser();
        return new DelayCompensated(new DelayCompensated.DelayedStream() {
            @Override
            public void process(float[] in, float[] out, int frames) {
                dtln.process(in, out, frames);
            }

            @Override
            public int flush(float[] out) {
                return dtln.flush(out);
            }

            @Override
            public Serializable snapshot() {
                return dtln.snapshot();
            }

            @Override
            public void restore(Serializable state) {
                dtln.restore((DtlnDenoiser.State) state);
            }

            @Override
            public void close() {
                dtln.close();
            }
        }, dtln.latencySamples(), 1);
    }

    private static BlockKernel boost(int factor, int channels, int sampleRate) {
        Boost boost = new Boost(factor, channels, sampleRate);
        return new BlockKernel() {
            @Override
            public int process(float[] in, float[] out, int frames) {
                return boost.process(in, out, frames);
            }

            @Override
            public int flush(float[] out) {
                return boost.flush(out);
            }

            @Override
            public Serializable snapshot() {
                return boost.snapshot();
            }

            @Override
            public void restore(Serializable state) {
                boost.restore((Boost.State) state);
            }
        };
    }
}
