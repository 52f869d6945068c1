package navaa.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A subtitle as its cues, read from SRT or WebVTT and written as doc 002's SRT (§6.4):
 * <pre>
 * 1
 * 00:00:00,000 --&gt; 00:00:03,200
 * سلام به همه، خوش برگشتید!
 *
 * 2
 * …</pre>
 * Reading is tolerant of what real files carry: a byte-order mark, CRLF or CR line ends, a
 * missing blank line between cues, numbers with gaps or none at all (cues are renumbered
 * 1, 2, … in file order), {@code .} or {@code ,} before the milliseconds, hours left out, SRT
 * coordinates or WebVTT cue settings after the timing, and WebVTT's header, NOTE, STYLE and
 * REGION blocks. WebVTT-only markup (voices, classes, karaoke timestamps) is dropped and its
 * entities decoded; SRT's {@code <i>}/{@code <b>}/{@code <u>} and {@code {\an8}} are kept as
 * written ({@link Cue#shownLines()} removes them for drawing and translating). A cue without
 * text is left out. Every input is bounded ({@link #MAX_CHARS}, {@link #MAX_CUES},
 * {@link #MAX_CUE_CHARS}, {@link #MAX_MILLIS}).
 */
public record Subtitles(List<Cue> cues) {

    /** A 2-hour film's SRT is about 100 kB; a roll-up auto-caption of a long talk a few hundred kB. */
    public static final int MAX_CHARS = 2_000_000;
    /** A 2-hour film has about 1,500 cues; yt-dlp's roll-up captions of a 3-hour stream near 10,000. */
    public static final int MAX_CUES = 20_000;
    /** A cue is read in seconds: two lines of some 40 characters; ten times that is surely not a cue. */
    public static final int MAX_CUE_CHARS = 1_000;
    /** SRT's two hour digits: 99:59:59,999. */
    public static final long MAX_MILLIS = 100L * 3_600_000 - 1;

    private static final String TIME = "(?:(\\d{1,3}):)?(\\d{1,2}):(\\d{1,2})(?:[,.](\\d{1,3}))?";
    private static final Pattern TIMING = Pattern.compile("^" + TIME + "\\s*-->\\s*" + TIME + "(?:\\s.*)?$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,9}$");
    private static final Pattern VTT_BLOCK = Pattern.compile("^(NOTE|STYLE|REGION)(\\s.*)?$");
    /** WebVTT tags other than the three SRT also knows. */
    private static final Pattern VTT_ONLY_TAG = Pattern.compile("<(?!/?[ibu]>)[^>]{0,200}>");

    public Subtitles {
        cues = List.copyOf(Objects.requireNonNull(cues, "cues"));
        if (cues.isEmpty()) {
            throw new SubtitleFormatException(0, "the subtitle has no cues");
        }
        if (cues.size() > MAX_CUES) {
            throw new SubtitleFormatException(0, "the subtitle has more than " + MAX_CUES + " cues");
        }
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (cue.index() != i + 1) {
                throw new IllegalArgumentException("cue " + (i + 1) + " is numbered " + cue.index());
            }
            if (cue.endMillis() > MAX_MILLIS) {
                throw new SubtitleFormatException(0, "cue " + cue.index() + " ends after 99:59:59,999");
            }
            if (cue.text().length() > MAX_CUE_CHARS) {
                throw new SubtitleFormatException(0, "cue " + cue.index() + " has more than " + MAX_CUE_CHARS + " characters");
            }
        }
    }

    /**
     * Reads SRT, or WebVTT when the text starts with {@code WEBVTT}.
     *
     * @throws SubtitleFormatException naming the line, when a timing cannot be read, a cue ends
     *                                 before it starts, a bound is passed or there is no cue at all
     */
    public static Subtitles parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_CHARS) {
            throw new SubtitleFormatException(0, "the subtitle is longer than " + MAX_CHARS + " characters");
        }
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\r\\n|\\r|\\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        boolean vtt = first < lines.length && (lines[first].strip().equals("WEBVTT") || lines[first].strip().startsWith("WEBVTT ")
                || lines[first].strip().startsWith("WEBVTT\t"));
        return new Reader(lines, vtt).read(vtt ? first : 0);
    }

    /** Doc 002's SRT: number, timing, text lines, a blank line between cues, none after the last. */
    public String toSrt() {
        StringBuilder srt = new StringBuilder(cues.size() * 64);
        for (Cue cue : cues) {
            if (cue.index() > 1) {
                srt.append("\n\n");
            }
            srt.append(cue.index()).append('\n')
                    .append(time(cue.startMillis())).append(" --> ").append(time(cue.endMillis())).append('\n')
                    .append(cue.text());
        }
        return srt.toString();
    }

    /**
     * The same cues, numbers and timings with other words, e.g. a translation.
     *
     * @param texts each cue's new lines, in cue order, as many as there are cues
     */
    public Subtitles withLines(List<List<String>> texts) {
        if (texts.size() != cues.size()) {
            throw new IllegalArgumentException(texts.size() + " texts for " + cues.size() + " cues");
        }
        List<Cue> changed = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            changed.add(cues.get(i).withLines(texts.get(i)));
        }
        return new Subtitles(changed);
    }

    /** {@code HH:MM:SS,mmm}. */
    static String time(long millis) {
        return String.format("%02d:%02d:%02d,%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000);
    }

    /** One pass over the lines: a timing line opens a cue, a blank line closes it. */
    private static final class Reader {

        private final String[] lines;
        private final boolean vtt;
        private final List<Cue> cues = new ArrayList<>();
        private long start;
        private long end;
        private int timingLine;
        private List<String> text;

        Reader(String[] lines, boolean vtt) {
            this.lines = lines;
            this.vtt = vtt;
        }

        Subtitles read(int from) {
            int i = from;
            if (vtt) {
                // the WEBVTT line and its header lines (Kind:, Language:) up to the first blank line
                while (i < lines.length && !lines[i].isBlank() && !TIMING.matcher(lines[i].strip()).matches()) {
                    i++;
                }
            }
            boolean skippingBlock = false;
            for (; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    close();
                    skippingBlock = false;
                    continue;
                }
                if (skippingBlock) {
                    continue;
                }
                Matcher timing = TIMING.matcher(line);
                if (timing.matches()) {
                    if (text != null && !text.isEmpty() && NUMBER.matcher(text.get(text.size() - 1)).matches()) {
                        // no blank line before this cue: the line above is its number, not the last cue's words
                        text.remove(text.size() - 1);
                    }
                    close();
                    open(timing, i + 1);
                } else if (text != null) {
                    add(line, i + 1);
                } else if (vtt && VTT_BLOCK.matcher(line).matches()) {
                    skippingBlock = true;
                }
                // else: a cue's number or WebVTT identifier, or a stray line outside any cue
            }
            close();
            if (cues.isEmpty()) {
                throw new SubtitleFormatException(0, "no cue found: expected SRT (\"1\", then \"00:00:00,000 --> 00:00:03,200\", "
                        + "then the text) or WebVTT");
            }
            return new Subtitles(cues);
        }

        private void open(Matcher timing, int lineNumber) {
            start = millis(timing, 1, lineNumber);
            end = millis(timing, 5, lineNumber);
            if (end < start) {
                throw new SubtitleFormatException(lineNumber, "the cue ends (" + time(end) + ") before it starts (" + time(start) + ")");
            }
            timingLine = lineNumber;
            text = new ArrayList<>(2);
        }

        private void add(String line, int lineNumber) {
            String words = vtt ? vttToSrt(line) : line;
            if (words.isEmpty()) {
                return;
            }
            text.add(words);
            int chars = text.stream().mapToInt(String::length).sum() + text.size() - 1;
            if (chars > MAX_CUE_CHARS) {
                throw new SubtitleFormatException(lineNumber, "the cue has more than " + MAX_CUE_CHARS + " characters");
            }
        }

        private void close() {
            if (text != null && !text.isEmpty()) {
                if (cues.size() == MAX_CUES) {
                    throw new SubtitleFormatException(timingLine, "the subtitle has more than " + MAX_CUES + " cues");
                }
                cues.add(new Cue(cues.size() + 1, start, end, text));
            }
            text = null;
        }

        private static long millis(Matcher timing, int group, int lineNumber) {
            long hours = timing.group(group) == null ? 0 : Long.parseLong(timing.group(group));
            long minutes = Long.parseLong(timing.group(group + 1));
            long seconds = Long.parseLong(timing.group(group + 2));
            String fraction = timing.group(group + 3);
            if (minutes > 59 || seconds > 59) {
                throw new SubtitleFormatException(lineNumber, "minutes and seconds run to 59: " + timing.group(0));
            }
            // a fraction is a fraction: ",5" is half a second, not 5 ms
            long ms = fraction == null ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
            long total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
            if (total > MAX_MILLIS) {
                throw new SubtitleFormatException(lineNumber, "a timing after 99:59:59,999: " + timing.group(0));
            }
            return total;
        }

        /** WebVTT's markup that SRT lacks removed, its entities decoded. */
        private static String vttToSrt(String line) {
            return VTT_ONLY_TAG.matcher(line).replaceAll("")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0")
                    .replace("&lrm;", "\u200E").replace("&rlm;", "\u200F").replace("&amp;", "&")
                    .strip();
        }
    }
}
