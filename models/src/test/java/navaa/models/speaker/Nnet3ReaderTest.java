package navaa.models.speaker;

import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The nnet3 file of the models jar against the table of models.md, section 3. */
class Nnet3ReaderTest {

    private static byte[] bytes;
    private static Nnet3File file;

    @BeforeAll
    static void read() {
        bytes = Weights.read(WeightFile.SPK_NNET);
        file = Nnet3Reader.read(bytes);
    }

    @Test
    void readsTheTwentyTwoComponentsInFileOrder() {
        assertEquals(List.of(
                "tdnn1.affine", "tdnn1.relu", "tdnn1.batchnorm", "tdnn2.affine", "tdnn2.relu", "tdnn2.batchnorm",
                "tdnn3.affine", "tdnn3.relu", "tdnn3.batchnorm", "tdnn4.affine", "tdnn4.relu", "tdnn4.batchnorm",
                "tdnn5.affine", "tdnn5.relu", "tdnn5.batchnorm", "stats-extraction-0-400", "stats-pooling-0-400",
                "tdnn6.affine", "tdnn6.relu", "tdnn6.batchnorm", "output.affine", "output.log-softmax"),
                List.copyOf(file.components().keySet()));
        assertEquals(23, file.inputNodes().get("input"));
        assertEquals("tdnn6.affine", file.outputNodes().get("output"));
        assertEquals("Append(Offset(tdnn1.batchnorm, -2), tdnn1.batchnorm, Offset(tdnn1.batchnorm, 2))",
                file.node("tdnn2.affine").input());
    }

    @Test
    void affineShapesAreThoseOfTheModelSheet() {
        // [out, in] of LinearParams, as in models.md: W·x + b with the Append concatenated in offset order
        int[][] shapes = {{512, 115}, {512, 1536}, {512, 1536}, {512, 512}, {1500, 512}, {128, 3000}, {5164, 128}};
        String[] names = {"tdnn1", "tdnn2", "tdnn3", "tdnn4", "tdnn5", "tdnn6", "output"};
        for (int i = 0; i < names.length; i++) {
            Nnet3Component affine = file.component(names[i] + ".affine");
            assertEquals("NaturalGradientAffineComponent", affine.type());
            float[][] w = affine.matrix("<LinearParams>");
            assertArrayEquals(shapes[i], new int[]{w.length, w[0].length}, names[i]);
            assertEquals(shapes[i][0], affine.vector("<BiasParams>").length, names[i]);
        }
    }

    @Test
    void batchNormAndStatisticsSettingsAreReadWithTheirKaldiTypes() {
        Nnet3Component norm = file.component("tdnn5.batchnorm");
        assertEquals(1500, norm.intValue("<Dim>"));
        assertEquals(1500, norm.intValue("<BlockDim>"));
        assertEquals(0.001f, norm.floatValue("<Epsilon>"));
        assertEquals(1f, norm.floatValue("<TargetRms>"));
        assertFalse(norm.boolValue("<TestMode>"), "the file holds the training setting; Vosk switches to test mode");
        // <Count> is written as a double: reading it as a 4-byte scalar must fail, not misread
        assertEquals(84100, norm.doubleValue("<Count>"));
        assertThrows(IllegalStateException.class, () -> norm.intValue("<Count>"));
        float[] variance = norm.vector("<StatsVar>");
        assertEquals(1500, variance.length);
        assertTrue(Arrays.stream(toDoubles(variance)).allMatch(v -> v > 0), "variances are positive");

        Nnet3Component pooling = file.component("stats-pooling-0-400");
        assertEquals(3001, pooling.intValue("<InputDim>"));
        assertEquals(0, pooling.intValue("<LeftContext>"));
        assertEquals(400, pooling.intValue("<RightContext>"));
        assertEquals(0, pooling.intValue("<NumLogCountFeatures>"));
        assertTrue(pooling.boolValue("<OutputStddevs>"));
        assertEquals(1e-10f, pooling.floatValue("<VarianceFloor>"));
        assertTrue(file.component("stats-extraction-0-400").boolValue("<IncludeVarinance>"));
    }

    @Test
    void theNetworkHasTheDimsAndContextOfTheModelSheet() {
        XVectorNetwork network = XVectorNetwork.from(file);
        assertArrayEquals(new int[]{512, 512, 512, 512, 1500, 3000, 128}, network.dims());
        assertEquals(7, network.leftContext());
        assertEquals(7, network.rightContext());
        assertEquals(408, network.usefulFrames());
    }

    @Test
    void aFileThatDiffersFromTheTableIsRefusedByName() {
        // tdnn3 splicing −2,0,+2 instead of −3,0,+3: same sizes, different network
        byte[] changed = replace(bytes, "Offset(tdnn2.batchnorm, -3)", "Offset(tdnn2.batchnorm, -2)");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> XVectorNetwork.from(Nnet3Reader.read(changed)));
        assertTrue(e.getMessage().contains("tdnn3.affine") && e.getMessage().contains("[-2, 0, 3]"), e.getMessage());
    }

    @Test
    void aTruncatedFileFailsWithItsOffset() {
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Nnet3Reader.read(truncated));
        assertTrue(e.getMessage().startsWith("the nnet3 file"), e.getMessage());
    }

    @Test
    void meanAndTransformHaveTheModelDims() {
        float[] mean = KaldiFiles.textVector(Weights.read(WeightFile.SPK_MEAN), "mean.vec");
        float[][] transform = KaldiFiles.binaryMatrix(Weights.read(WeightFile.SPK_TRANSFORM), "transform.mat");
        assertEquals(128, mean.length);
        assertEquals(4.450152f, mean[0]);
        assertEquals(128, transform.length);
        assertEquals(128, transform[0].length);
    }

    private static byte[] replace(byte[] in, String from, String to) {
        String text = new String(in, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(text.contains(from));
        return text.replace(from, to).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
