package navaa.models.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextHitInfo;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renders through the real Vazirmatn in the class path, so it needs the build step (fetch-fonts) to have run. */
class CueRendererTest {

    private static final int W = 1280;
    private static final int H = 720;
    private final CueRenderer renderer = new CueRenderer();

    @Test
    void runsHeadless() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the server has no display; neither do these tests");
    }

    @Test
    void persianCueInksOnlyTheBottomBandAndIsCentred() {
        Overlay overlay = renderer.render(W, H, "سلام دنیا").orElseThrow();
        BufferedImage frame = frame(W, H, Color.BLACK);
        overlay.drawOnto(frame);

        int changed = 0;
        int white = 0;
        int minX = W;
        int maxX = -1;
        int minY = H;
        int maxY = -1;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int rgb = frame.getRGB(x, y) & 0xffffff;
                if (rgb != 0) {
                    changed++;
                    white += rgb == 0xffffff ? 1 : 0;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(changed > 1000, "ink drawn: " + changed);
        assertTrue(white > 300, "the letters are white: " + white);
        assertTrue(minY >= H * 3 / 4, "nothing above the bottom quarter: top ink at " + minY);
        int bottomMargin = Math.round(CueRenderer.BOTTOM_MARGIN_OF_HEIGHT * H);
        assertTrue(maxY < H - bottomMargin, "a margin under the text: bottom ink at " + maxY);
        assertTrue(Math.abs((minX + maxX) / 2 - W / 2) <= 3, "centred: ink spans " + minX + ".." + maxX);
    }

    @Test
    void theOutlineIsDark() {
        Overlay overlay = renderer.render(W, H, "سلام").orElseThrow();
        BufferedImage frame = frame(W, H, Color.WHITE);
        overlay.drawOnto(frame);

        int dark = 0;
        for (int y = overlay.y(); y < overlay.y() + overlay.height(); y++) {
            for (int x = overlay.x(); x < overlay.x() + overlay.width(); x++) {
                dark += (frame.getRGB(x, y) & 0xff) < 64 ? 1 : 0;
            }
        }
        assertTrue(dark > 200, "white text on a white frame stays legible by its outline: " + dark);
    }

    @Test
    void thePersianFirstWordIsOnTheRight() {
        BufferedImage phrase = renderer.render(W, H, "سلام دنیا").orElseThrow().image();
        int first = Ink.width(renderer.render(W, H, "سلام").orElseThrow().image());
        int second = Ink.width(renderer.render(W, H, "دنیا").orElseThrow().image());

        List<int[]> words = Ink.runs(phrase, 3);
        assertEquals(2, words.size(), "two inked words, a space between");
        assertEquals(first, words.get(1)[1] - words.get(1)[0], 2.0, "«سلام» is the right-hand word");
        assertEquals(second, words.get(0)[1] - words.get(0)[0], 2.0, "«دنیا» is the left-hand word");

        CueRenderer.Line line = renderer.layout(W, H, "سلام دنیا").lines().get(0);
        assertFalse(line.text().isLeftToRight());
        assertTrue(caretX(line, 0) > caretX(line, 5), "the first logical letter lies right of the sixth");
    }

    @Test
    void aPersianLineStartingWithALatinNameStillReadsRightToLeft() {
        BufferedImage phrase = renderer.render(W, H, "Netflix را ببینید").orElseThrow().image();
        int latin = Ink.width(renderer.render(W, H, "Netflix").orElseThrow().image());

        List<int[]> words = Ink.runs(phrase, 3);
        assertEquals(3, words.size());
        int[] right = words.get(2);
        assertEquals(latin, right[1] - right[0], 2.0, "«Netflix», the first word, is at the right");
        assertTrue(CueRenderer.rightToLeft("Netflix را ببینید"));
        assertFalse(CueRenderer.rightToLeft("Welcome to تهران"));
    }

    @Test
    void persianLettersAreJoined() {
        int word = Ink.width(renderer.render(W, H, "سلام").orElseThrow().image());
        int letters = 0;
        for (String letter : new String[] {"س", "ل", "ا", "م"}) {
            letters += Ink.width(renderer.render(W, H, letter).orElseThrow().image());
        }
        assertTrue(word < letters * 0.8, "joined «سلام» is " + word + " px, its isolated letters " + letters);
        assertEquals(1, Ink.runs(renderer.render(W, H, "مشکل").orElseThrow().image(), 0).size(),
                "«مشکل» has only joining letters: one stroke with no gap");
    }

    @Test
    void shapingPicksTheContextualGlyphs() {
        // The shaped glyphs of سلام, in visual order (left to right): meem in its isolated form,
        // which is the font's nominal glyph of م, the lam-alef ligature in its final form
        // (U+FEFC) and seen in its initial form (U+FEB3); not the nominal س, ل, ا.
        Font font = SubtitleFont.BOLD.at(40);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        char[] word = "سلام".toCharArray();
        GlyphVector shaped = font.layoutGlyphVector(frc, word, 0, word.length, Font.LAYOUT_RIGHT_TO_LEFT);
        GlyphVector forms = font.createGlyphVector(frc, "\u0645\uFEFC\uFEB3");

        assertArrayEquals(forms.getGlyphCodes(0, forms.getNumGlyphs(), null),
                shaped.getGlyphCodes(0, shaped.getNumGlyphs(), null));
        GlyphVector nominal = font.createGlyphVector(frc, "سلا");
        for (int glyph : nominal.getGlyphCodes(0, 3, null)) {
            assertTrue(Arrays.stream(shaped.getGlyphCodes(0, shaped.getNumGlyphs(), null)).noneMatch(g -> g == glyph));
        }
    }

    @Test
    void englishReadsLeftToRight() {
        BufferedImage phrase = renderer.render(W, H, "Hello world").orElseThrow().image();
        int first = Ink.width(renderer.render(W, H, "Hello").orElseThrow().image());

        List<int[]> words = Ink.runs(phrase, 3);
        assertEquals(2, words.size());
        assertEquals(first, words.get(0)[1] - words.get(0)[0], 2.0, "«Hello» is the left-hand word");
        CueRenderer.Line line = renderer.layout(W, H, "Hello world").lines().get(0);
        assertTrue(line.text().isLeftToRight());
        assertTrue(caretX(line, 0) < caretX(line, 6));
    }

    @Test
    void longTextWrapsToTheFrameWidth() {
        String text = "این یک زیرنویس بسیار طولانی است که باید در چند خط شکسته شود تا در قاب جا بگیرد";
        CueRenderer.Layout layout = renderer.layout(640, 360, text);

        assertTrue(layout.lines().size() >= 2, "wrapped into " + layout.lines().size() + " lines");
        assertTrue(layout.width() <= 640 * (1 - 2 * CueRenderer.SIDE_MARGIN_OF_WIDTH) + 1, "width " + layout.width());
        for (CueRenderer.Line line : layout.lines()) {
            assertFalse(line.text().isLeftToRight());
            assertTrue(line.x() + line.text().getAdvance() <= layout.width() + line.text().getAdvance()
                    - line.text().getVisibleAdvance() + 1);
        }
        Overlay overlay = renderer.render(640, 360, text).orElseThrow();
        assertTrue(overlay.x() >= 0 && overlay.x() + overlay.width() <= 640);
        assertTrue(overlay.y() + overlay.height() <= 360);
    }

    @Test
    void cueLinesStayLinesAndTheFirstIsOnTop() {
        CueRenderer.Layout layout = renderer.layout(W, H, "خط اول\r\nSecond line\n\n");

        assertEquals(2, layout.lines().size());
        assertFalse(layout.lines().get(0).text().isLeftToRight());
        assertTrue(layout.lines().get(1).text().isLeftToRight());
        assertTrue(layout.lines().get(0).baseline() < layout.lines().get(1).baseline());
    }

    @Test
    void atMostFourLines() {
        assertEquals(CueRenderer.MAX_LINES, renderer.layout(W, H, "1\n2\n3\n4\n5\n6").lines().size());
    }

    @Test
    void theSizeFollowsTheFrame() {
        assertEquals(CueRenderer.fontSize(1920, 1080) / CueRenderer.fontSize(1280, 720), 1.5f, 1e-4f);
        assertEquals(CueRenderer.fontSize(1080, 1920), CueRenderer.fontSize(1920, 1080), 1e-4f,
                "a portrait frame's letters follow its shorter side");
        Overlay small = renderer.render(1280, 720, "سلام").orElseThrow();
        Overlay large = renderer.render(1920, 1080, "سلام").orElseThrow();
        assertEquals(1.5, (double) large.height() / small.height(), 0.05);
    }

    @Test
    void blankTextDrawsNothing() {
        assertTrue(renderer.render(W, H, " \n\t").isEmpty());
    }

    @Test
    void boundsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> renderer.render(9000, 720, "a"));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(1280, 8, "a"));
        assertThrows(IllegalArgumentException.class, () -> renderer.render(W, H, "a".repeat(CueRenderer.MAX_TEXT_CHARS + 1)));
    }

    @Test
    void charactersTheFontLacksFallBack() {
        // CJK is not in Vazirmatn; the logical sans-serif draws it (or its own missing glyph box)
        assertTrue(renderer.render(W, H, "字幕 سلام").isPresent());
    }

    private static float caretX(CueRenderer.Line line, int charIndex) {
        return line.text().getCaretInfo(TextHitInfo.leading(charIndex))[0];
    }

    static BufferedImage frame(int width, int height, Color colour) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return frame;
    }
}
