package navaa.models.weights;

import static java.util.stream.Collectors.toMap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The hand-written enum against the manifest the build step follows. */
class WeightFileTest {

    /** Surefire runs in the module's folder. */
    private static final Path MANIFEST = Path.of("src/main/weights/manifest.tsv");

    @Test
    void everyManifestWeightHasAConstantWithItsSum() throws IOException {
        Map<String, String> manifest = new TreeMap<>();
        for (String[] row : rows()) {
            if (!row[2].startsWith("LICENSES/")) {
                assertNull(manifest.put(row[2], row[3]), "listed twice: " + row[2]);
            }
        }
        Map<String, String> constants = Arrays.stream(WeightFile.values())
                .collect(toMap(WeightFile::fileName, WeightFile::sha256, (a, b) -> a + " and " + b, TreeMap::new));

        assertEquals(manifest, constants);
    }

    @Test
    void everyPackageShipsALicenceText() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (String[] row : rows()) {
            packages.add(row[0]);
            if (row[2].startsWith("LICENSES/")) {
                assertNotNull(resource(row[2]), row[2]);
            }
        }
        assertEquals(3, packages.size(), packages::toString);
        for (String spec : packages) {
            String folder = "LICENSES/" + tarballStem(spec) + "/";
            assertTrue(resource(folder + "NOTICE") != null || resource(folder + "LICENSE") != null,
                    "no licence text for " + spec + " in " + WeightFile.FOLDER + folder);
        }
    }

    private static List<String[]> rows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(MANIFEST)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] row = line.split("\t", -1);
                assertEquals(4, row.length, line);
                rows.add(row);
            }
        }
        return rows;
    }

    /** As npm names the tarball: {@code @scope/name@1.2.3} gives {@code scope-name-1.2.3}. */
    private static String tarballStem(String spec) {
        int at = spec.lastIndexOf('@');
        String name = spec.substring(0, at).replaceFirst("^@", "").replace('/', '-');
        return name + "-" + spec.substring(at + 1);
    }

    private static URL resource(String name) {
        return WeightFileTest.class.getClassLoader().getResource(WeightFile.FOLDER + name);
    }
}
