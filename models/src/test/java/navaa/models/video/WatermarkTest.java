package navaa.models.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatermarkTest {

    private static final int RED = 0xff0000;
    private static final int BLACK = 0x000000;

    @Test
    void aSmallLogoKeepsItsSizeBottomRight() {
        assertEquals(new WatermarkPlacement(1170, 660, 100, 50), WatermarkPlacement.of(1280, 720, 100, 50));
        assertEquals(new WatermarkPlacement(950, 610, 320, 100), WatermarkPlacement.of(1280, 720, 320, 100),
                "exactly a quarter of the width is not scaled");
    }

    @Test
    void aLogoWiderThanAQuarterIsScaledKeepingItsAspect() {
        assertEquals(new WatermarkPlacement(950, 550, 320, 160), WatermarkPlacement.of(1280, 720, 800, 400));
        // 333 × 480 / 1000 = 159.84, rounded
        assertEquals(new WatermarkPlacement(1430, 910, 480, 160), WatermarkPlacement.of(1920, 1080, 1000, 333));
        assertEquals(new WatermarkPlacement(950, 709, 320, 1), WatermarkPlacement.of(1280, 720, 5000, 3),
                "a very flat logo keeps at least a pixel row");
    }

    @Test
    void aLogoTallerThanTheFrameIsFitted() {
        assertEquals(new WatermarkPlacement(1235, 10, 35, 700), WatermarkPlacement.of(1280, 720, 100, 2000));
    }

    @Test
    void impossibleSizesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WatermarkPlacement.of(20, 720, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> WatermarkPlacement.of(1280, 720, 0, 10));
    }

    @Test
    void anOpaqueLogoCoversExactlyItsPlace() {
        BufferedImage frame = CueRendererTest.frame(1280, 720, Color.BLACK);
        Watermark.overlay(1280, 720, solid(100, 50, 0xffff0000)).drawOnto(frame);

        assertEquals(100 * 50, count(frame, RED));
        assertEquals(RED, rgb(frame, 1170, 660));
        assertEquals(RED, rgb(frame, 1269, 709));
        assertEquals(BLACK, rgb(frame, 1169, 660));
        assertEquals(BLACK, rgb(frame, 1170, 659));
        assertEquals(BLACK, rgb(frame, 1270, 709), "a 10 px margin on the right");
        assertEquals(BLACK, rgb(frame, 1269, 710), "a 10 px margin at the bottom");
    }

    @Test
    void aScaledLogoCoversExactlyItsScaledPlace() {
        BufferedImage frame = CueRendererTest.frame(1280, 720, Color.BLACK);
        Overlay overlay = Watermark.overlay(1280, 720, solid(800, 400, 0xffff0000));

        assertEquals(320, overlay.width());
        assertEquals(160, overlay.height());
        overlay.drawOnto(frame);
        assertEquals(320 * 160, count(frame, RED));
        assertEquals(RED, rgb(frame, 950, 550));
        assertEquals(RED, rgb(frame, 1269, 709));
        assertEquals(BLACK, rgb(frame, 949, 550));
        assertEquals(BLACK, rgb(frame, 1270, 709));
    }

    @Test
    void alphaIsBlended() {
        BufferedImage frame = CueRendererTest.frame(1280, 720, Color.WHITE);
        // blue at alpha 128 over white: red and green 255 × (1 − 128/255) = 127
        Watermark.overlay(1280, 720, solid(10, 10, 0x800000ff)).drawOnto(frame);

        int blended = frame.getRGB(1265, 705);
        assertEquals(127, blended >> 16 & 0xff, 1.0);
        assertEquals(127, blended >> 8 & 0xff, 1.0);
        assertEquals(255, blended & 0xff);
        assertEquals(0xffffff, rgb(frame, 1254, 705), "left of the logo the frame is untouched");
    }

    @Test
    void aPngKeepsItsAlpha(@TempDir Path dir) throws IOException {
        BufferedImage logo = halfRed(40, 20);
        Path png = dir.resolve("logo.png");
        ImageIO.write(logo, "png", png.toFile());

        BufferedImage read = LogoReader.read(png);
        assertEquals(LogoReader.Format.PNG, LogoReader.sniff(png));
        assertEquals(0xffff0000, read.getRGB(0, 0));
        assertEquals(0, read.getRGB(39, 0) >>> 24);
        assertHalfRedAtTheCorner(read);
    }

    @Test
    void aJpegIsOpaque(@TempDir Path dir) throws IOException {
        BufferedImage rgb = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        Path jpeg = dir.resolve("logo.jpg");
        ImageIO.write(rgb, "jpeg", jpeg.toFile());

        BufferedImage read = LogoReader.read(jpeg);
        assertEquals(LogoReader.Format.JPEG, LogoReader.sniff(jpeg));
        assertEquals(BufferedImage.TYPE_INT_ARGB, read.getType());
        assertEquals(255, read.getRGB(20, 10) >>> 24);
        assertTrue((read.getRGB(20, 10) >> 16 & 0xff) > 240, "still red after JPEG");
    }

    @Test
    void aWebpIsDecodedByFfmpegWithItsAlpha(@TempDir Path dir) throws IOException {
        System.out.println("ImageIO reads: " + Arrays.toString(ImageIO.getReaderFormatNames()));
        assertFalse(Arrays.asList(ImageIO.getReaderFormatNames()).contains("webp"),
                "the JDK's ImageIO has no WEBP reader, hence FFmpeg");
        // half-red.webp: 40×20 lossless WEBP, the left half opaque red, the right half transparent
        // (made with the bytedeco ffmpeg binary: geq on rgba, then -c:v libwebp -lossless 1)
        Path webp = dir.resolve("logo.webp");
        try (InputStream in = getClass().getResourceAsStream("half-red.webp")) {
            Files.copy(in, webp);
        }

        BufferedImage read = LogoReader.read(webp);
        assertEquals(LogoReader.Format.WEBP, LogoReader.sniff(webp));
        assertEquals(40, read.getWidth());
        assertEquals(20, read.getHeight());
        assertEquals(0xffff0000, read.getRGB(0, 0));
        assertEquals(0xffff0000, read.getRGB(19, 19));
        assertEquals(0, read.getRGB(20, 0) >>> 24);
        assertHalfRedAtTheCorner(read);
    }

    @Test
    void otherFilesAndHugePicturesAreRefused(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("logo.png"), "not a picture at all");
        assertThrows(IllegalArgumentException.class, () -> LogoReader.read(text));

        Path wide = dir.resolve("wide.png");
        ImageIO.write(new BufferedImage(LogoReader.MAX_SIDE + 1, 2, BufferedImage.TYPE_INT_ARGB), "png", wide.toFile());
        assertThrows(IllegalArgumentException.class, () -> LogoReader.read(wide));
    }

    /** The left half of the logo is red on a green frame, the right half lets the green through. */
    private static void assertHalfRedAtTheCorner(BufferedImage logo) {
        BufferedImage frame = CueRendererTest.frame(1280, 720, Color.GREEN);
        Watermark.overlay(1280, 720, logo).drawOnto(frame);

        assertEquals(20 * 20, count(frame, RED));
        assertEquals(RED, rgb(frame, 1230, 690));
        assertEquals(RED, rgb(frame, 1249, 709));
        assertEquals(0x00ff00, rgb(frame, 1250, 690));
        assertEquals(0x00ff00, rgb(frame, 1269, 709));
        assertEquals(0x00ff00, rgb(frame, 1229, 690));
    }

    private static BufferedImage solid(int width, int height, int argb) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, argb);
            }
        }
        return image;
    }

    private static BufferedImage halfRed(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width / 2; x++) {
                image.setRGB(x, y, 0xffff0000);
            }
        }
        return image;
    }

    private static int rgb(BufferedImage frame, int x, int y) {
        return frame.getRGB(x, y) & 0xffffff;
    }

    private static int count(BufferedImage frame, int rgb) {
        int n = 0;
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                n += rgb(frame, x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }
}
