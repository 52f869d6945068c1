package navaa.models.video;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws one subtitle cue into an {@link Overlay}: white text with a dark outline, centred near
 * the bottom of the frame, wrapped to the frame's width, its size a fraction of the frame.
 * <p>
 * Shaping and bidi are Java2D's: {@link TextLayout} joins Arabic-script letters (the JDK's
 * HarfBuzz) and orders mixed runs by the Unicode bidi algorithm, so Persian comes out joined
 * and right to left with no FFmpeg libass/fribidi. Each paragraph's base direction is chosen
 * by its letters rather than by its first letter, so a Persian line that starts with a Latin
 * brand name is still laid out right to left. Characters the font lacks (Vazirmatn has Arabic
 * script and Latin) fall back to the JDK's logical sans-serif font.
 * <p>
 * Thread-safe: it holds only the font choice.
 */
public final class CueRenderer {

    /** Largest frame side accepted, pixels: beyond 8K no video of ours goes. */
    public static final int MAX_FRAME_SIDE = 8192;
    /** Smallest frame side accepted, pixels. */
    public static final int MIN_FRAME_SIDE = 16;
    /** Longest cue text accepted, characters; an SRT cue is a line or two. */
    public static final int MAX_TEXT_CHARS = 2000;
    /** Lines drawn at most after wrapping; a longer cue loses its last lines rather than covering the picture. */
    public static final int MAX_LINES = 4;

    // Of the frame's shorter side, so a portrait video does not get landscape-sized letters:
    // 40 px at 720p, 59 px at 1080p, the size of broadcast subtitles.
    static final float FONT_OF_SHORT_SIDE = 0.055f;
    static final float MIN_FONT_PX = 10f;
    static final float BOTTOM_MARGIN_OF_HEIGHT = 0.06f;
    static final float SIDE_MARGIN_OF_WIDTH = 0.05f;
    // the visible outline around each letter, as a fraction of the font size
    static final float OUTLINE_OF_FONT = 0.08f;
    static final Color TEXT = Color.WHITE;
    static final Color OUTLINE = new Color(0, 0, 0, 230);

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final SubtitleFont font;

    /** Renders in Vazirmatn Bold. */
    public CueRenderer() {
        this(SubtitleFont.BOLD);
    }

    public CueRenderer(SubtitleFont font) {
        this.font = font;
    }

    /**
     * Renders {@code text} (lines separated by {@code \n}) for a frame of the given size.
     *
     * @return the overlay, or empty when the text has nothing to draw
     * @throws IllegalArgumentException for a frame size outside
     *         {@value #MIN_FRAME_SIDE}..{@value #MAX_FRAME_SIDE} or a text longer than {@value #MAX_TEXT_CHARS}
     */
    public Optional<Overlay> render(int frameWidth, int frameHeight, String text) {
        Layout layout = layout(frameWidth, frameHeight, text);
        if (layout.lines().isEmpty()) {
            return Optional.empty();
        }
        BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // the stroke is centred on the glyph's edge, so twice the visible outline
            g.setStroke(new BasicStroke(2 * layout.outline(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Line line : layout.lines()) {
                Shape glyphs = line.text().getOutline(AffineTransform.getTranslateInstance(line.x(), line.baseline()));
                g.setColor(OUTLINE);
                g.draw(glyphs);
                g.setColor(TEXT);
                g.fill(glyphs);
            }
        } finally {
            g.dispose();
        }
        return Optional.of(new Overlay(image, layout.x(), layout.y()));
    }

    /** The font size in pixels for a frame: a fraction of its shorter side. */
    static float fontSize(int frameWidth, int frameHeight) {
        return Math.max(MIN_FONT_PX, FONT_OF_SHORT_SIDE * Math.min(frameWidth, frameHeight));
    }

    /** One laid-out line: where {@link TextLayout#draw} would put it inside the overlay. */
    record Line(TextLayout text, float x, float baseline) {
    }

    /** The overlay's size and frame position, and its lines in overlay coordinates. */
    record Layout(List<Line> lines, int x, int y, int width, int height, float outline) {
    }

    /** Wraps and places the text without drawing it; {@link #render} draws this. */
    Layout layout(int frameWidth, int frameHeight, String text) {
        checkSide("width", frameWidth);
        checkSide("height", frameHeight);
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("a cue of " + text.length() + " characters; at most " + MAX_TEXT_CHARS);
        }
        float size = fontSize(frameWidth, frameHeight);
        float outline = Math.max(1f, OUTLINE_OF_FONT * size);
        int pad = (int) Math.ceil(outline) + 1;
        float wrapWidth = frameWidth * (1 - 2 * SIDE_MARGIN_OF_WIDTH) - 2 * pad;
        Font main = font.at(size);
        Font fallback = new Font(Font.SANS_SERIF, main.getStyle(), 1).deriveFont(size);

        List<TextLayout> wrapped = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = paragraph.strip();
            if (line.isEmpty()) {
                continue;
            }
            LineBreakMeasurer measurer = new LineBreakMeasurer(
                    styled(line, main, fallback).getIterator(), FRC);
            while (measurer.getPosition() < line.length() && wrapped.size() < MAX_LINES) {
                wrapped.add(measurer.nextLayout(wrapWidth));
            }
        }
        if (wrapped.isEmpty()) {
            return new Layout(List.of(), 0, 0, 0, 0, outline);
        }

        float widest = 0;
        float height = 0;
        for (TextLayout t : wrapped) {
            widest = Math.max(widest, t.getVisibleAdvance());
            height += t.getAscent() + t.getDescent();
        }
        int width = Math.min(frameWidth, (int) Math.ceil(widest) + 2 * pad);
        int tall = Math.min(frameHeight, (int) Math.ceil(height) + 2 * pad);
        List<Line> lines = new ArrayList<>();
        float top = pad;
        for (TextLayout t : wrapped) {
            // centre what is visible: a wrapped line keeps its trailing space, which sits at
            // the right end of a left-to-right line and at the left end of a right-to-left one
            float visible = t.getVisibleAdvance();
            float lead = t.isLeftToRight() ? 0 : t.getAdvance() - visible;
            lines.add(new Line(t, (width - visible) / 2f - lead, top + t.getAscent()));
            top += t.getAscent() + t.getDescent();
        }
        int x = (frameWidth - width) / 2;
        int y = Math.max(0, frameHeight - Math.round(BOTTOM_MARGIN_OF_HEIGHT * frameHeight) - tall);
        return new Layout(List.copyOf(lines), x, y, width, tall, outline);
    }

    private static void checkSide(String name, int side) {
        if (side < MIN_FRAME_SIDE || side > MAX_FRAME_SIDE) {
            throw new IllegalArgumentException("a frame " + name + " of " + side + " px; it must be "
                    + MIN_FRAME_SIDE + ".." + MAX_FRAME_SIDE);
        }
    }

    /** The line in the main font, with runs it cannot draw in the fallback, and its base direction. */
    private static AttributedString styled(String line, Font main, Font fallback) {
        AttributedString styled = new AttributedString(line);
        styled.addAttribute(TextAttribute.FONT, main);
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!main.canDisplay(cp) && !Character.isWhitespace(cp) && fallback.canDisplay(cp)) {
                styled.addAttribute(TextAttribute.FONT, fallback, i, next);
            }
            i = next;
        }
        styled.addAttribute(TextAttribute.RUN_DIRECTION, rightToLeft(line)
                ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return styled;
    }

    /**
     * Whether a paragraph reads right to left: more right-to-left letters (Arabic script,
     * Hebrew) than left-to-right ones, a tie going to right to left. The bidi algorithm's own
     * rule (the first strong letter) would lay out «Netflix را ببینید» left to right.
     */
    static boolean rightToLeft(String paragraph) {
        int rtl = 0;
        int ltr = 0;
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> rtl++;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> ltr++;
                default -> {
                }
            }
            i += Character.charCount(cp);
        }
        return rtl > 0 && rtl >= ltr;
    }
}
