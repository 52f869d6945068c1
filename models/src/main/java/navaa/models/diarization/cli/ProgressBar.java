package navaa.models.diarization.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Progress 0–100 on standard error: on a terminal one bar redrawn in place
 * ({@code \r}), otherwise (a log, a pipe) one plain line per 10 %, so logs stay readable.
 */
final class ProgressBar implements IntConsumer {

    static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private final boolean terminal;
    private int shown = -1;
    private int nextLine = 10;
    private boolean open;

    ProgressBar(PrintStream err, String label, boolean terminal) {
        this.err = err;
        this.label = label;
        this.terminal = terminal;
    }

    @Override
    public void accept(int percent) {
        int p = Math.max(0, Math.min(100, percent));
        if (p <= shown) {
            return;
        }
        shown = p;
        if (terminal) {
            int filled = p * WIDTH / 100;
            err.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d %%", label, "#".repeat(filled), "-".repeat(WIDTH - filled), p));
            err.flush();
            open = true;
        } else {
            while (nextLine <= p) {
                err.println(label + ": " + nextLine + " %");
                nextLine += 10;
            }
        }
    }

    /** Ends the bar's line, so what follows starts on its own (also after a failure). */
    void finish() {
        if (open) {
            err.println();
            open = false;
        }
    }
}
