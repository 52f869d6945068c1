package navaa.models.video;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Where an overlay has ink (alpha above a threshold), in overlay coordinates. */
final class Ink {

    private Ink() {
    }

    static boolean inked(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) >>> 24) > 16;
    }

    /** Per column, whether any pixel in it has ink. */
    static boolean[] columns(BufferedImage image) {
        boolean[] any = new boolean[image.getWidth()];
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight() && !any[x]; y++) {
                any[x] = inked(image, x, y);
            }
        }
        return any;
    }

    /** The inked column runs, left to right, merging runs separated by fewer than {@code gap} empty columns. */
    static List<int[]> runs(BufferedImage image, int gap) {
        boolean[] any = columns(image);
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int x = 0; x < any.length; x++) {
            if (!any[x]) {
                continue;
            }
            if (start < 0) {
                start = x;
            } else if (x - lastInk - 1 > gap) {
                runs.add(new int[] {start, lastInk + 1});
                start = x;
            }
            lastInk = x;
        }
        if (start >= 0) {
            runs.add(new int[] {start, lastInk + 1});
        }
        return runs;
    }

    /** Width of the inked columns' span. */
    static int width(BufferedImage image) {
        List<int[]> all = runs(image, Integer.MAX_VALUE / 2);
        return all.isEmpty() ? 0 : all.get(all.size() - 1)[1] - all.get(0)[0];
    }
}
