package navaa.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The words of an SRT or WebVTT caption file, one string per cue, without cue numbers,
 * timings, WebVTT headers, NOTE/STYLE blocks or inline tags ({@code <i>}, {@code <c.x>},
 * {@code <00:01.000>}, {@code {\an8}}). yt-dlp's automatic captions repeat each line in the
 * next cue as they roll up; a cue equal to the one before is dropped.
 */
public final class SidecarCaptions {

    /** Bounds what one caption file gives the index (a 2-hour talk is about 150 kB of text). */
    public static final int MAX_CHARS = 1_000_000;
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*(\\d+:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}\\s*-->.*$");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>|\\{\\\\[^}]{0,200}}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SidecarCaptions() {
    }

    public static List<String> cues(String content) {
        String text = content.length() > MAX_CHARS ? content.substring(0, MAX_CHARS) : content;
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> cues = new ArrayList<>();
        StringBuilder cue = new StringBuilder();
        boolean inCue = false;
        boolean skippingBlock = false;
        for (String line : text.split("\\r?\\n|\\r", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                add(cues, cue);
                inCue = false;
                skippingBlock = false;
                continue;
            }
            if (skippingBlock) {
                continue;
            }
            if (TIMING.matcher(trimmed).matches()) {
                add(cues, cue);
                inCue = true;
                continue;
            }
            if (!inCue) {
                // before a timing line: a cue number or identifier (not words of the video), or
                // a WebVTT header or NOTE/STYLE/REGION block, skipped to its blank line
                if (trimmed.startsWith("WEBVTT") || trimmed.startsWith("NOTE") || trimmed.startsWith("STYLE")
                        || trimmed.startsWith("REGION")) {
                    skippingBlock = true;
                }
                continue;
            }
            String words = SPACES.matcher(TAG.matcher(trimmed).replaceAll("")).replaceAll(" ").strip();
            if (!words.isEmpty()) {
                if (cue.length() > 0) {
                    cue.append(' ');
                }
                cue.append(words);
            }
        }
        add(cues, cue);
        return dropRepeats(cues);
    }

    private static void add(List<String> cues, StringBuilder cue) {
        if (cue.length() > 0) {
            cues.add(cue.toString());
            cue.setLength(0);
        }
    }

    private static List<String> dropRepeats(List<String> cues) {
        List<String> kept = new ArrayList<>(cues.size());
        for (String cue : cues) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(cue)) {
                kept.add(cue);
            }
        }
        return kept;
    }
}
