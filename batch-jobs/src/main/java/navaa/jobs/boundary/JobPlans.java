package navaa.jobs.boundary;

import navaa.jobs.control.AudioPlan;
import navaa.jobs.control.AudioTask;
import navaa.jobs.control.Plans;
import navaa.models.separation.OnnxSeparationConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A task's plan with the server's settings: the customer's ONNX separation model, if
 * {@code NAVAA_SEPARATION_MODEL} names one. Its contract (input {@code [1, C, T]}, output
 * {@code [1, S, C, T]}) and the knobs below are in the README.
 */
final class JobPlans {

    private JobPlans() {
    }

    static AudioPlan of(AudioTask task) {
        return Plans.of(task, separationModel(ConfigProvider.getConfig()));
    }

    static Optional<OnnxSeparationConfig> separationModel(Config config) {
        return config.getOptionalValue("navaa.separation.model", String.class)
                .filter(path -> !path.isBlank())
                .map(path -> {
                    int rate = config.getOptionalValue("navaa.separation.model-rate", Integer.class).orElse(44_100);
                    double chunk = config.getOptionalValue("navaa.separation.model-chunk-seconds", Double.class).orElse(10.0);
                    double overlap = config.getOptionalValue("navaa.separation.model-overlap-seconds", Double.class).orElse(1.0);
                    return new OnnxSeparationConfig(Path.of(path), rate, (int) Math.round(chunk * rate), (int) Math.round(overlap * rate),
                            config.getOptionalValue("navaa.separation.model-vocals-stem", Integer.class).orElse(0),
                            config.getOptionalValue("navaa.separation.model-accompaniment-stem", Integer.class).orElse(OnnxSeparationConfig.NO_STEM));
                });
    }
}
