package navaa.models.video;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Turns a logo into the {@link Overlay} of a frame size: placed by {@link WatermarkPlacement},
 * scaled (once per job, not per frame) with its alpha kept.
 */
public final class Watermark {

    private Watermark() {
    }

    /** The logo's overlay on frames of {@code frameWidth}×{@code frameHeight}. */
    public static Overlay overlay(int frameWidth, int frameHeight, BufferedImage logo) {
        WatermarkPlacement at = WatermarkPlacement.of(frameWidth, frameHeight, logo.getWidth(), logo.getHeight());
        return new Overlay(scale(logo, at.width(), at.height()), at.x(), at.y());
    }

    /**
     * The image at {@code width}×{@code height}, {@code TYPE_INT_ARGB}. Downscaling halves
     * bilinearly until within a factor two, then takes the last step (one bilinear step
     * from far above would skip pixels and alias a logo's thin lines); it works on
     * premultiplied alpha so that transparent pixels' colour does not bleed into the edges.
     */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = convert(source, BufferedImage.TYPE_INT_ARGB_PRE);
        while (current.getWidth() != width || current.getHeight() != height) {
            int w = current.getWidth() / 2 >= width ? current.getWidth() / 2 : width;
            int h = current.getHeight() / 2 >= height ? current.getHeight() / 2 : height;
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        }
        return convert(current, BufferedImage.TYPE_INT_ARGB);
    }

    private static BufferedImage convert(BufferedImage source, int type) {
        if (source.getType() == type) {
            return source;
        }
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }
}
