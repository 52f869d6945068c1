package navaa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One part's figures as Markdown: printed as they come, and kept in target/parts/NAME.md for figures.md. */
final class Report {

    private final Path file;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder summary = new StringBuilder();
    private List<String[]> rows;

    Report(Path file) {
        this.file = file;
    }

    void heading(String title) {
        line("## " + title);
        line("");
    }

    /** A paragraph of prose (a note, a caveat, a finding). */
    void note(String note) {
        line(note);
        line("");
    }

    void table(String... header) {
        rows = new ArrayList<>();
        rows.add(header);
    }

    void row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cell(cells[i]);
        }
        rows.add(row);
    }

    /** Ends the table: printed with its columns aligned. */
    void end() {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns && c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder out = new StringBuilder("|");
            for (int c = 0; c < columns; c++) {
                String cell = c < rows.get(r).length ? rows.get(r)[c] : "";
                out.append(' ').append(cell).append(" ".repeat(width[c] - cell.length())).append(" |");
            }
            line(out.toString());
            if (r == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int c = 0; c < columns; c++) {
                    rule.append('-').append("-".repeat(width[c])).append("-|");
                }
                line(rule.toString());
            }
        }
        line("");
        rows = null;
    }

    /** A line of the summary table at the top of figures.md: what, the figure, the target and whether it is met. */
    void summary(String what, String figure, String target, String verdict) {
        summary.append(String.join("\t", cell(what), cell(figure), cell(target), cell(verdict))).append('\n');
    }

    void save() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text.toString());
            String name = file.getFileName().toString().replaceFirst("\\.md$", "");
            Files.writeString(file.resolveSibling(name + ".summary.tsv"), summary.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(String line) {
        System.out.println(line);
        text.append(line).append('\n');
    }

    static String cell(Object value) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Double d) {
            return f(d, 2);
        }
        return value.toString().replace("|", "\\|").replace("\n", " ");
    }

    static String f(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    /** "met" or "NOT met", for a target. */
    static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
