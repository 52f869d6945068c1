package navaa.models.video;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A picture to draw over video frames: an ARGB image (transparent where the frame shows
 * through) and the frame position of its top-left corner. Only the covered region is kept,
 * not a whole transparent frame, so compositing touches a band rather than every pixel.
 *
 * @param image the picture, {@link BufferedImage#TYPE_INT_ARGB}
 * @param x     its left edge on the frame, pixels
 * @param y     its top edge on the frame, pixels
 */
public record Overlay(BufferedImage image, int x, int y) {

    public Overlay {
        Objects.requireNonNull(image, "image");
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    /**
     * Draws this overlay onto {@code frame} in place, alpha-blended (source over); whatever
     * falls outside the frame is clipped. Any frame type Java2D draws on works, e.g. the
     * {@code TYPE_3BYTE_BGR} images JavaCV's {@code Java2DFrameConverter} gives.
     */
    public void drawOnto(BufferedImage frame) {
        Graphics2D g = frame.createGraphics();
        try {
            g.setComposite(AlphaComposite.SrcOver);
            g.drawImage(image, x, y, null);
        } finally {
            g.dispose();
        }
    }
}
