package navaa.jobs.control;

import navaa.models.denoise.DtlnDenoiser;
import navaa.models.dsp.Boost;

import navaa.models.separation.OnnxSeparationConfig;
import navaa.models.separation.Separator;
import navaa.models.separation.Separators;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** The plan each job kind runs, from its task. */
public final class Plans {

    /** The share of a speaker extraction's progress its analysis step reports. */
    public static final int ANALYSIS_PROGRESS = 40;

    private Plans() {
    }

    /**
     * @param separationModel the customer's ONNX separation model, when one is configured
     */
    public static AudioPlan of(AudioTask task, Optional<OnnxSeparationConfig> separationModel) {
        return switch (task.kind()) {
            case BOOST -> boost(task);
            case DENOISE -> denoise(task);
            case EXTRACT -> extract(task);
            case SEPARATE -> separate(task, separationModel.orElse(null));
            default -> throw new IllegalArgumentException("no audio plan for job kind " + task.kind());
        };
    }

    private static AudioPlan boost(AudioTask task) {
        int factor = task.boostLevel().factor();
        return new AudioPlan(task.sampleRate(), task.channels(), List.of(OutputStem.single("boosted", task.channels())),
                boostMethod(factor), () -> boost(factor, task.channels(), task.sampleRate()));
    }

    /** DTLN works on 16 kHz mono; the optional boost follows it. */
    private static AudioPlan denoise(AudioTask task) {
        int rate = DtlnDenoiser.SAMPLE_RATE;
        int factor = task.boostLevel().factor();
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
        int factor = task.boostLevel().factor();
        String method = "Silero VAD + Kaldi x-vector speaker matching; other voices and silence muted"
                + (factor > 1 ? ", then " + boostMethod(factor) : "");
        return new AudioPlan(task.sampleRate(), task.channels(), List.of(OutputStem.single("extracted", task.channels())), method, () -> {
            BlockKernel gate = new RegionGate(KeptRegions.read(task.work()).orElseThrow(() ->
                    new IllegalStateException("job " + task.jobId() + " has no kept regions: the analysis step has not run")),
                    task.channels(), task.sampleRate());
            return factor > 1 ? new ChainedKernel(gate, boost(factor, task.channels(), task.sampleRate()), task.channels(), task.sampleRate()) : gate;
        }, ANALYSIS_PROGRESS);
    }

    /**
     * Both stems at once, {@code [vocals…, instrumental…]} per frame, the asked-for one the
     * primary output. At the input's rate (kept within the separators' 8–48 kHz), or at the
     * model's rate when a model is configured.
     */
    private static AudioPlan separate(AudioTask task, OnnxSeparationConfig model) {
        int channels = task.channels();
        int rate = Separators.sampleRate(model, task.sampleRate());
        OutputStem vocals = new OutputStem("vocals", "vocals", 0, channels);
        OutputStem instrumental = new OutputStem("instrumental", "instrumental", channels, channels);
        boolean instrumentalFirst = "instrumental".equals(task.outputType());
        List<OutputStem> stems = instrumentalFirst ? List.of(instrumental, vocals) : List.of(vocals, instrumental);
        return new AudioPlan(rate, channels, stems, Separators.method(model, channels).id(),
                () -> separator(ModelLoading.load("the separator " + Separators.method(model, channels).id(),
                        () -> Separators.create(model, channels, rate))));
    }

    private static BlockKernel separator(Separator separator) {
        return new BlockKernel() {
            @Override
            public int process(float[] in, float[] out, int frames) {
                return separator.process(in, out, frames);
            }

            @Override
            public int flush(float[] out) {
                return separator.flush(out);
            }

            @Override
            public Serializable snapshot() {
                return separator.snapshot();
            }

            @Override
            public void restore(Serializable state) {
                separator.restore(state);
            }

            @Override
            public int maxFlushFrames() {
                return separator.latencyFrames();
            }

            @Override
            public void close() {
                separator.close();
            }
        };
    }

    private static String boostMethod(int factor) {
        return "gain " + factor + "x with a true-peak limiter at -1 dBTP";
    }

    private static BlockKernel denoise() {
        DtlnDenoiser dtln = ModelLoading.load("the DTLN denoiser", DtlnDenoiser::new);
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
