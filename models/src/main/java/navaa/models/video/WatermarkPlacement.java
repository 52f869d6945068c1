package navaa.models.video;

/**
 * Where a logo goes on a video frame (doc 002's watermark): bottom-right with a
 * {@value #MARGIN} px margin, scaled down, keeping its aspect, when it is wider than a quarter
 * of the video; never scaled up. A logo too tall for the frame is also scaled down to fit
 * inside the margins, which doc 002 does not ask but an odd banner-shaped upload needs.
 *
 * @param x      left edge on the frame, pixels
 * @param y      top edge on the frame, pixels
 * @param width  drawn width, pixels
 * @param height drawn height, pixels
 */
public record WatermarkPlacement(int x, int y, int width, int height) {

    /** Distance of the logo from the frame's right and bottom edges, pixels. */
    public static final int MARGIN = 10;

    /**
     * @throws IllegalArgumentException when a size is not positive or the frame is too small
     *         to hold a margin on each side
     */
    public static WatermarkPlacement of(int frameWidth, int frameHeight, int logoWidth, int logoHeight) {
        if (logoWidth <= 0 || logoHeight <= 0) {
            throw new IllegalArgumentException("a logo of " + logoWidth + "x" + logoHeight + " px");
        }
        if (frameWidth <= 2 * MARGIN || frameHeight <= 2 * MARGIN) {
            throw new IllegalArgumentException("a frame of " + frameWidth + "x" + frameHeight
                    + " px has no room for a watermark with a " + MARGIN + " px margin");
        }
        int maxWidth = Math.max(1, frameWidth / 4);
        int maxHeight = frameHeight - 2 * MARGIN;
        // the smaller of the two scale factors, in exact integer arithmetic: width first
        long width = logoWidth;
        long height = logoHeight;
        if (width > maxWidth) {
            height = Math.max(1, Math.round((double) logoHeight * maxWidth / logoWidth));
            width = maxWidth;
        }
        if (height > maxHeight) {
            width = Math.max(1, Math.round((double) logoWidth * maxHeight / logoHeight));
            height = maxHeight;
        }
        return new WatermarkPlacement(frameWidth - MARGIN - (int) width, frameHeight - MARGIN - (int) height,
                (int) width, (int) height);
    }

    /** Whether the logo is drawn at a size other than its own. */
    public boolean scaled(int logoWidth, int logoHeight) {
        return width != logoWidth || height != logoHeight;
    }
}
