package navaa.models.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGBA;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/**
 * Reads a watermark logo, PNG (alpha kept), JPEG or WEBP, into a {@code TYPE_INT_ARGB} image,
 * checking its dimensions before decoding it (a small file can declare a huge picture).
 * <p>
 * The JDK's ImageIO reads PNG and JPEG but not WEBP, so WEBP goes through FFmpeg (its native
 * {@code webp} decoder, which keeps alpha), which the server has anyway; no new dependency.
 */
public final class LogoReader {

    /** Largest logo side accepted, pixels. */
    public static final int MAX_SIDE = 4096;
    /** Largest logo file accepted, bytes. */
    public static final long MAX_BYTES = 10L << 20;

    /** The formats a logo may have, told by their first bytes rather than the file name. */
    public enum Format { PNG, JPEG, WEBP }

    private LogoReader() {
    }

    /**
     * @throws IllegalArgumentException when the file is not one of the {@link Format}s, is larger
     *         than {@value #MAX_BYTES} bytes, or its picture has a side over {@value #MAX_SIDE} px
     * @throws IOException when it cannot be read or decoded
     */
    public static BufferedImage read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException("a logo of " + size + " bytes; at most " + MAX_BYTES);
        }
        Format format = sniff(file);
        BufferedImage image = format == Format.WEBP ? readWithFfmpeg(file) : readWithImageIo(file);
        return argb(image);
    }

    /** The format by its magic bytes. */
    public static Format sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(12);
        }
        if (head.length >= 8 && Arrays.equals(Arrays.copyOf(head, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Format.PNG;
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Format.JPEG;
        }
        if (head.length == 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Format.WEBP;
        }
        throw new IllegalArgumentException("a logo must be PNG, JPEG or WEBP");
    }

    private static BufferedImage readWithImageIo(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no image reader for this logo");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                checkSides(reader.getWidth(0), reader.getHeight(0));
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage readWithFfmpeg(Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setFormat("webp_pipe");
            grabber.setPixelFormat(AV_PIX_FMT_RGBA);
            grabber.start();
            checkSides(grabber.getImageWidth(), grabber.getImageHeight());
            Frame frame = grabber.grabImage();
            if (frame == null || frame.image == null) {
                throw new IOException("FFmpeg decoded no picture from this WEBP logo");
            }
            return fromRgba(frame);
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new IOException("FFmpeg could not decode this WEBP logo: " + e.getMessage(), e);
        }
    }

    private static BufferedImage fromRgba(Frame frame) {
        int w = frame.imageWidth;
        int h = frame.imageHeight;
        ByteBuffer bytes = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            int at = y * stride;
            for (int x = 0; x < w; x++) {
                int p = at + 4 * x;
                int r = bytes.get(p) & 0xff;
                int g = bytes.get(p + 1) & 0xff;
                int b = bytes.get(p + 2) & 0xff;
                int a = bytes.get(p + 3) & 0xff;
                row[x] = a << 24 | r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, w, 1, row, 0, w);
        }
        return image;
    }

    private static void checkSides(int width, int height) {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("a logo of " + width + "x" + height + " px; each side at most " + MAX_SIDE);
        }
    }

    private static BufferedImage argb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
