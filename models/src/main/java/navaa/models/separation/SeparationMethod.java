package navaa.models.separation;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which method made a pair of stems, for the record of a job and the API's answer.
 *
 * @param id          a short stable name: {@code dsp-centre-side-harmonic}, {@code dsp-hpss-repet}
 *                    or {@code onnx:<model file name>}
 * @param description one sentence for people
 */
public record SeparationMethod(String id, String description) implements Serializable {

    /** Stereo: centre extraction by inter-channel similarity, refined by a harmonic mask. */
    public static final SeparationMethod CENTRE_SIDE_HARMONIC = new SeparationMethod("dsp-centre-side-harmonic",
            "vocals as the harmonic part of what is panned to the centre (signal processing, no model)");

    /** Mono (or a downmix): harmonic/percussive median filtering with a repeating-accompaniment model. */
    public static final SeparationMethod HPSS_REPET = new SeparationMethod("dsp-hpss-repet",
            "vocals as what is harmonic and does not repeat (signal processing, no model)");

    public SeparationMethod {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
    }

    /** A customer's ONNX model, named by its file name (not its path: the path is the server's business). */
    public static SeparationMethod onnx(Path model) {
        return new SeparationMethod("onnx:" + model.getFileName(), "the separation model " + model.getFileName());
    }

    /** Whether the output came from a model rather than from signal processing. */
    public boolean isModel() {
        return id.startsWith("onnx:");
    }
}
