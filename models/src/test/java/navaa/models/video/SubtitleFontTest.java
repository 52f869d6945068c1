package navaa.models.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SubtitleFontTest {

    @Test
    void theEnumMatchesTheManifest() throws IOException {
        Map<String, String> fonts = new TreeMap<>();
        for (String row : Files.readAllLines(Path.of("src/main/fonts/manifest.tsv"))) {
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] columns = row.split("\t");
            if (!columns[2].startsWith("LICENSES/")) {
                fonts.put(columns[2], columns[3]);
            }
        }
        assertEquals(fonts, Arrays.stream(SubtitleFont.values())
                .collect(Collectors.toMap(SubtitleFont::fileName, SubtitleFont::sha256, (a, b) -> a, TreeMap::new)));
    }

    @Test
    void theJarHoldsEachFontWithItsSumAndTheLicence() throws Exception {
        for (SubtitleFont font : SubtitleFont.values()) {
            assertEquals(font.sha256(), sha256(font.resource()), font.resource());
        }
        String ofl = new String(bytes(SubtitleFont.FOLDER + "LICENSES/vazirmatn-33.0.3/OFL.txt"), StandardCharsets.UTF_8);
        assertTrue(ofl.contains("SIL OPEN FONT LICENSE Version 1.1"));
        assertNotNull(bytes(SubtitleFont.FOLDER + "LICENSES/vazirmatn-33.0.3/NOTICE"));
    }

    @Test
    void loadsAsVazirmatnWithPersianAndLatin() {
        var font = SubtitleFont.REGULAR.at(20);
        assertEquals("Vazirmatn", font.getFamily());
        assertTrue(font.canDisplayUpTo("سلام Hello ۱۲۳ پژوهش") < 0);
        assertEquals(20f, font.getSize2D());
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(resource)));
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = SubtitleFontTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return in.readAllBytes();
        }
    }
}
