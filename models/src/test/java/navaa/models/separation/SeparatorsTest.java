package navaa.models.separation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeparatorsTest {

    @TempDir
    Path folder;

    @Test
    void withoutAModelStereoGetsTheCentreMethodAndEverythingElseTheMonoOne() {
        try (Separator stereo = Separators.create(2, 44_100);
             Separator mono = Separators.create(1, 16_000);
             Separator surround = Separators.create(6, 48_000)) {
            assertEquals("dsp-centre-side-harmonic", stereo.method().id());
            assertEquals("dsp-hpss-repet", mono.method().id());
            assertEquals("dsp-hpss-repet", surround.method().id());
            assertEquals(12, surround.outputChannels());
            assertFalse(stereo.method().isModel());
        }
    }

    @Test
    void aConfiguredModelIsUsedWhenItsFileIsThere() throws Exception {
        OnnxSeparationConfig missing = OnnxSeparationConfig.vocalsOnly(folder.resolve("vocals.onnx"), 44_100, 4000, 500, 0);
        assertEquals(SeparationMethod.CENTRE_SIDE_HARMONIC, Separators.method(missing, 2));
        try (Separator separator = Separators.create(missing, 2, 44_100)) {
            assertEquals(SeparationMethod.CENTRE_SIDE_HARMONIC, separator.method());
        }
        assertEquals(48_000, Separators.sampleRate(missing, 96_000));
        assertEquals(8_000, Separators.sampleRate(missing, 6_000));
        assertEquals(22_050, Separators.sampleRate(null, 22_050));

        TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, -1, -1), folder, "vocals.onnx");
        assertEquals("onnx:vocals.onnx", Separators.method(missing, 2).id());
        assertTrue(Separators.method(missing, 2).isModel());
        assertEquals(44_100, Separators.sampleRate(missing, 48_000));
        try (Separator separator = Separators.create(missing, 2, 44_100)) {
            assertInstanceOf(OnnxSeparationModel.class, separator);
            assertEquals("onnx:vocals.onnx", separator.method().id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Separators.create(missing, 2, 48_000));
        assertTrue(e.getMessage().contains("44100 Hz") && e.getMessage().contains("48000 Hz"), e.getMessage());
    }
}
