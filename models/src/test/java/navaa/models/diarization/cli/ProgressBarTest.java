package navaa.models.diarization.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalOneLinePerTenPercent() {
        ProgressBar bar = new ProgressBar(err, "talk.wav", false);
        for (int p : new int[]{0, 3, 9, 10, 10, 25, 24, 31, 90, 100}) {
            bar.accept(p);
        }
        bar.finish();
        assertEquals(String.join(System.lineSeparator(), "talk.wav: 10 %", "talk.wav: 20 %", "talk.wav: 30 %", "talk.wav: 40 %",
                "talk.wav: 50 %", "talk.wav: 60 %", "talk.wav: 70 %", "talk.wav: 80 %", "talk.wav: 90 %", "talk.wav: 100 %", ""), text());
    }

    @Test
    void onATerminalOneBarRedrawnInPlace() {
        ProgressBar bar = new ProgressBar(err, "t", true);
        bar.accept(0);
        bar.accept(50);
        bar.accept(50);
        bar.accept(40);
        bar.accept(100);
        bar.finish();
        bar.finish();
        String[] draws = text().split("\r", -1);
        assertEquals(4, draws.length, text());
        assertEquals("t [" + "-".repeat(30) + "]   0 %", draws[1]);
        assertEquals("t [" + "#".repeat(15) + "-".repeat(15) + "]  50 %", draws[2]);
        assertEquals("t [" + "#".repeat(30) + "] 100 %" + System.lineSeparator(), draws[3]);
    }

    @Test
    void aBarNeverDrawnEndsNoLine() {
        new ProgressBar(err, "t", true).finish();
        assertTrue(text().isEmpty());
    }
}
