package navaa.jobs.control;

import navaa.models.denoise.DtlnDenoiser;
import navaa.models.dsp.Boost;
import navaa.models.separation.OnnxSeparationConfig;
import navaa.models.separation.Separators;
import navaa.models.stream.BlockKernel;
import navaa.models.stream.ChainedKernel;
import navaa.models.stream.DelayCompensated;

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
                boostMethod(factor), () -> new Boost(factor, task.channels(), task.sampleRate()));
    }

    /** DTLN works on 16 kHz mono; the optional boost follows it. */
    private static AudioPlan denoise(AudioTask task) {
        int rate = DtlnDenoiser.SAMPLE_RATE;
        int factor = task.boostLevel().factor();
        String method = "DTLN two-stage denoiser at 16 kHz mono" + (factor > 1 ? ", then " + boostMethod(factor) : "");
        return new AudioPlan(rate, 1, List.of(OutputStem.single("denoised", 1)), method, () -> {
            BlockKernel denoise = denoise();
            return factor > 1 ? new ChainedKernel(denoise, new Boost(factor, 1, rate), 1, rate) : denoise;
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
            return factor > 1 ? new ChainedKernel(gate, new Boost(factor, task.channels(), task.sampleRate()), task.channels(), task.sampleRate()) : gate;
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
                () -> ModelLoading.load("the separator " + Separators.method(model, channels).id(),
                        () -> Separators.create(model, channels, rate)));
    }

    private static String boostMethod(int factor) {
        return "gain " + factor + "x with a true-peak limiter at -1 dBTP";
    }

    /** DTLN's fixed delay taken out, so that its output lines up with the input. */
    private static BlockKernel denoise() {
        DtlnDenoiser dtln = ModelLoading.load("the DTLN denoiser", DtlnDenoiser::new);
        return new DelayCompensated(dtln, dtln.latencySamples(), 1);
    }
}
