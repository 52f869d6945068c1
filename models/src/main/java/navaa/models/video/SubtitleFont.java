package navaa.models.video;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts the models jar ships for subtitles (Vazirmatn 33.0.3, SIL OFL 1.1), with their
 * sha256. Written by hand to match {@code src/main/fonts/manifest.tsv} (a unit test holds the
 * two together), as {@code WeightFile} does for the weight files.
 */
public enum SubtitleFont {

    /** Vazirmatn Regular, from {@code vazirmatn@33.0.3}. */
    REGULAR("Vazirmatn-Regular.ttf", "b69fd4c680b8f3f225feabcc655a2c585d97627b8f5f5c0f9985e894069f3a56"),
    /** Vazirmatn Bold, from {@code vazirmatn@33.0.3}: the subtitles' default, legible on video. */
    BOLD("Vazirmatn-Bold.ttf", "f635fdbea28f265de395ba83b4b1570dcf2f58d13c65469e61903b1c2d2ae723");

    /** The class-path folder of the fonts, with a trailing slash. */
    public static final String FOLDER = "navaa/models/fonts/";

    // Font.createFont parses the file and, for a stream, copies it to a temporary file: once per font.
    private static final Map<SubtitleFont, Font> LOADED = new EnumMap<>(SubtitleFont.class);

    private final String name;
    private final String sha256;

    SubtitleFont(String name, String sha256) {
        this.name = name;
        this.sha256 = sha256;
    }

    /** The name below {@link #FOLDER}, as in the manifest's "name in the jar" column. */
    public String fileName() {
        return name;
    }

    /** The class-path resource name, e.g. {@code navaa/models/fonts/Vazirmatn-Bold.ttf}. */
    public String resource() {
        return FOLDER + name;
    }

    /** The expected sha256, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** The font at {@code size} points (pixels, at Java2D's identity transform). */
    public Font at(float size) {
        return base().deriveFont(size);
    }

    private Font base() {
        synchronized (LOADED) {
            Font font = LOADED.get(this);
            if (font == null) {
                font = load();
                LOADED.put(this, font);
            }
            return font;
        }
    }

    private Font load() {
        try (InputStream in = SubtitleFont.class.getClassLoader().getResourceAsStream(resource())) {
            if (in == null) {
                throw new FileNotFoundException("font " + resource()
                        + " is missing from the models jar: rebuild with network access to the npm registry");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource() + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
