package navaa.models.separation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ONNX slot on hand-written stand-in models whose right answer is known sample for sample. */
class OnnxSeparationModelTest {

    private static final int RATE = 16_000;
    private static final int CHUNK = 4000;
    private static final int OVERLAP = 1000;
    /** Not a whole number of chunks, strides or blocks. */
    private static final int FRAMES = 23_457;

    @TempDir
    Path folder;

    @Test
    void theStemsAreTheModelsScalingsOfTheInputThroughChunksAndFades() throws Exception {
        Path file = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, -1, -1), folder, "scaled.onnx");
        float[] in = Noise.of(FRAMES * 2, 1);
        OnnxSeparationConfig config = new OnnxSeparationConfig(file, RATE, CHUNK, OVERLAP, 0, 1);
        try (OnnxSeparationModel model = new OnnxSeparationModel(config, 2)) {
            assertEquals("onnx:scaled.onnx", model.method().id());
            assertEquals(2, model.stems());
            assertEquals(CHUNK - 1, model.latencyFrames());
            float[] out = Stems.separate(model, in, RATE / 3, 777, 1);
            assertEquals(FRAMES * 4, out.length);
            Stems stems = Stems.split(out, 2);
            for (int i = 0; i < in.length; i++) {
                assertEquals(0.25f * in[i], stems.vocals[i], 1e-6f, "vocals, sample " + i);
                assertEquals(0.75f * in[i], stems.instrumental[i], 1e-6f, "instrumental, sample " + i);
            }
        }
    }

    @Test
    void withoutAnAccompanimentStemTheInstrumentalIsTheRest() throws Exception {
        Path file = TinyOnnx.write(TinyOnnx.twoScaledStems(0.6f, 9f, -1, -1), folder, "scaled.onnx");
        float[] in = Noise.of(FRAMES, 2);
        OnnxSeparationConfig config = OnnxSeparationConfig.vocalsOnly(file, RATE, CHUNK, OVERLAP, 0);
        try (OnnxSeparationModel model = new OnnxSeparationModel(config, 1)) {
            Stems stems = Stems.split(Stems.separate(model, in, RATE), 1);
            for (int i = 0; i < in.length; i++) {
                assertEquals(0.6f * in[i], stems.vocals[i], 1e-6f, "vocals, sample " + i);
                assertEquals(in[i], stems.vocals[i] + stems.instrumental[i], 1e-6f, "sum, sample " + i);
            }
        }
    }

    @Test
    void aMonoModelRunsOnEachChannelAndAStereoModelOnADoubledMonoStream() throws Exception {
        Path mono = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, 1, -1), folder, "mono.onnx");
        Path stereo = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, 2, -1), folder, "stereo.onnx");
        float[] two = Noise.of(5000 * 2, 3);
        float[] one = Noise.of(5000, 4);
        try (OnnxSeparationModel model = new OnnxSeparationModel(new OnnxSeparationConfig(mono, RATE, CHUNK, 0, 1, 0), 2)) {
            Stems stems = Stems.split(Stems.separate(model, two, 999), 2);
            for (int i = 0; i < two.length; i++) {
                assertEquals(0.75f * two[i], stems.vocals[i], 1e-6f, "stem 1 as the vocals, sample " + i);
                assertEquals(0.25f * two[i], stems.instrumental[i], 1e-6f, "stem 0 as the instrumental, sample " + i);
            }
        }
        try (OnnxSeparationModel model = new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(stereo, RATE, CHUNK, 500, 0), 1)) {
            Stems stems = Stems.split(Stems.separate(model, one, 999), 1);
            for (int i = 0; i < one.length; i++) {
                assertEquals(0.25f * one[i], stems.vocals[i], 1e-6f, "sample " + i);
            }
        }
    }

    /** The batch job's restart: snapshot inside a chunk, serialize, restore into a new session. */
    @Test
    void aRestoredModelContinuesBitForBit() throws Exception {
        Path file = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, -1, -1), folder, "scaled.onnx");
        OnnxSeparationConfig config = new OnnxSeparationConfig(file, RATE, CHUNK, OVERLAP, 0, 1);
        float[] in = Noise.of(FRAMES * 2, 5);
        float[] reference;
        try (OnnxSeparationModel model = new OnnxSeparationModel(config, 2)) {
            reference = Stems.separate(model, in, RATE);
        }
        for (int split : new int[] {1, 2999, 3000, 3001, 10_500, 16_000}) {
            float[] head;
            byte[] checkpoint;
            try (OnnxSeparationModel model = new OnnxSeparationModel(config, 2)) {
                head = Stems.separate(model, Arrays.copyOf(in, split * 2), false, 1000);
                checkpoint = Checkpoints.serialize(model.snapshot());
            }
            float[] rest;
            try (OnnxSeparationModel model = new OnnxSeparationModel(config, 2)) {
                Serializable state = Checkpoints.deserialize(checkpoint);
                model.restore(state);
                assertEquals(state, model.snapshot());
                rest = Stems.separate(model, Arrays.copyOfRange(in, split * 2, in.length), 1000);
            }
            float[] joined = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, joined, head.length, rest.length);
            assertArrayEquals(reference, joined, "restarted after frame " + split);
        }
    }

    @Test
    void aModelThatBreaksTheContractIsRefusedWithItsPathAndTheReason() throws Exception {
        Path rankThree = TinyOnnx.write(TinyOnnx.rankThreeOutput(true), folder, "rank3.onnx");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(rankThree, RATE, CHUNK, 0, 0), 1));
        assertTrue(e.getMessage().contains(rankThree.toString()) && e.getMessage().contains("rank 3"), e.getMessage());

        Path shapeless = TinyOnnx.write(TinyOnnx.rankThreeOutput(false), folder, "shapeless.onnx");
        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(shapeless, RATE, CHUNK, 0, 0), 1));
        assertTrue(e.getMessage().contains(shapeless.toString()) && e.getMessage().contains("rank 3"), e.getMessage());

        Path oneShort = TinyOnnx.write(TinyOnnx.oneSampleShort(), folder, "short.onnx");
        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(oneShort, RATE, CHUNK, 0, 0), 1));
        assertTrue(e.getMessage().contains(oneShort.toString()) && e.getMessage().contains("[1, 1, 1, 3999]"), e.getMessage());

        Path scaled = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, -1, 8000), folder, "fixed.onnx");
        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(scaled, RATE, CHUNK, 0, 0), 1));
        assertTrue(e.getMessage().contains(scaled.toString()) && e.getMessage().contains("8000"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(scaled, RATE, 8000, 0, 2), 1));
        assertTrue(e.getMessage().contains(scaled.toString()) && e.getMessage().contains("stem 2"), e.getMessage());

        Path sixChannels = TinyOnnx.write(TinyOnnx.twoScaledStems(0.25f, 0.75f, 6, -1), folder, "six.onnx");
        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(sixChannels, RATE, CHUNK, 0, 0), 2));
        assertTrue(e.getMessage().contains("6 channels"), e.getMessage());

        Path garbage = Files.write(folder.resolve("garbage.onnx"), new byte[] {1, 2, 3, 4});
        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(garbage, RATE, CHUNK, 0, 0), 1));
        assertTrue(e.getMessage().contains(garbage.toString()), e.getMessage());

        Path missing = folder.resolve("missing.onnx");
        e = assertThrows(IllegalArgumentException.class,
                () -> new OnnxSeparationModel(OnnxSeparationConfig.vocalsOnly(missing, RATE, CHUNK, 0, 0), 1));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void theConfigurationIsChecked() {
        Path file = folder.resolve("any.onnx");
        assertThrows(IllegalArgumentException.class, () -> new OnnxSeparationConfig(file, RATE, 1000, 501, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new OnnxSeparationConfig(file, RATE, 1000, 100, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new OnnxSeparationConfig(file, RATE, 1000, 100, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new OnnxSeparationConfig(file, 0, 1000, 100, 0, 1));
    }
}
