package navaa.models.diarization;

import java.util.Arrays;

/**
 * The one-to-one pairing of rows with columns that maximises the summed weight (the
 * Hungarian method, O(n³)), as diarization scorers pair hypothesis speakers with
 * reference speakers. A rectangular matrix is padded with zero weights, so surplus rows
 * or columns stay unpaired.
 */
public final class OptimalAssignment {

    private OptimalAssignment() {
    }

    /** For each row, the column it is paired with, or −1. */
    public static int[] maximise(double[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int n = Math.max(rows, cols);
        if (n == 0) {
            return new int[0];
        }
        double max = 0;
        for (double[] row : weight) {
            for (double w : row) {
                max = Math.max(max, w);
            }
        }
        // minimise cost = max − weight over an n × n matrix (1-based arrays as in the classic form)
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                cost[i][j] = max - (i <= rows && j <= cols ? weight[i - 1][j - 1] : 0);
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] match = new int[n + 1]; // column j → row
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            match[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = match[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double reduced = cost[i0][j] - u[i0] - v[j];
                        if (reduced < minv[j]) {
                            minv[j] = reduced;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[match[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (match[j0] != 0);
            do {
                int j1 = way[j0];
                match[j0] = match[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        int[] pairing = new int[rows];
        Arrays.fill(pairing, -1);
        for (int j = 1; j <= n; j++) {
            int i = match[j];
            if (i >= 1 && i <= rows && j <= cols) {
                pairing[i - 1] = j - 1;
            }
        }
        return pairing;
    }
}
