package navaa.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One subtitle cue: its number (1, 2, … in the order of the file), when it shows (from
 * {@code startMillis} up to but not including {@code endMillis}) and its text lines as written,
 * with SRT's own {@code <i>}/{@code <b>}/{@code <u>} tags and {@code {\an8}}-style positions kept
 * so a file written back says what it said. {@link #shownLines()} is the text a viewer reads.
 */
public record Cue(int index, long startMillis, long endMillis, List<String> lines) {

    /** SRT/WebVTT markup ({@code <i>}, {@code <font color=…>}) and ASS overrides ({@code {\an8}}). */
    private static final Pattern MARKUP = Pattern.compile("<[^>]{0,200}>|\\{\\\\[^}]{0,200}}");

    public Cue {
        if (index < 1) {
            throw new IllegalArgumentException("a cue's number starts at 1: " + index);
        }
        if (startMillis < 0 || endMillis < startMillis) {
            throw new IllegalArgumentException("cue " + index + " ends before it starts: " + startMillis + " > " + endMillis);
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("cue " + index + " has no text");
        }
    }

    /** The lines joined as SRT writes them. */
    public String text() {
        return String.join("\n", lines);
    }

    /** The text a viewer sees: markup removed, lines left empty by that dropped. */
    public List<String> shownLines() {
        List<String> shown = new ArrayList<>(lines.size());
        for (String line : lines) {
            String words = MARKUP.matcher(line).replaceAll("").strip();
            if (!words.isEmpty()) {
                shown.add(words);
            }
        }
        return shown;
    }

    public String shownText() {
        return String.join("\n", shownLines());
    }

    /** Shows at this moment: from its start, up to but not including its end (so back-to-back cues never both show). */
    public boolean showsAt(long millis) {
        return startMillis <= millis && millis < endMillis;
    }

    /** The same number and timing with other words (a translation). */
    public Cue withLines(List<String> newLines) {
        return new Cue(index, startMillis, endMillis, newLines);
    }
}
