package navaa.audio.boundary;

import navaa.jobs.control.JobKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioShapeTest {

    /** A field may link only to a file the job has: its upload, its sample, or one of its kind's outputs. */
    @Test
    void everyLinkIsToAFileTheKindLeaves() {
        for (JobKind kind : JobKind.values()) {
            AudioShape.of(kind).ifPresent(shape -> shape.files().forEach((field, file) -> assertTrue(
                    file.equals("original") || file.equals("sample") || kind.outputs().contains(file), kind + "'s " + field + " → " + file)));
        }
    }

    @Test
    void theEchoedParametersAreTheKindsOwn() {
        for (JobKind kind : JobKind.values()) {
            AudioShape.of(kind).ifPresent(shape -> shape.echoed().forEach(kind::parameter));
        }
    }

    @Test
    void diarizationHasNoAudioPaths() {
        assertEquals(Optional.empty(), AudioShape.of(JobKind.DIARIZE));
    }
}
