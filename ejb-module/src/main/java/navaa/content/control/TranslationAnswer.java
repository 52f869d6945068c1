package navaa.content.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the model's answer to one batch of cues, {@code {"cues":[{"i":1,"text":"…"}, …]}}, and
 * checks it cue by cue against the batch: the same cues in the same order, none left out, added,
 * merged or renumbered, each with text that is neither empty nor far longer than its original.
 * What models wrap around JSON is tolerated: a code fence, words before or after, a reasoning
 * model's {@code <think>} block, a bare array without the {@code cues} object.
 */
final class TranslationAnswer {

    /** A translation may run longer than its original (English into German, Chinese into English), not without end. */
    static final int LENGTH_FACTOR = 4;
    static final int LENGTH_SLACK = 80;

    private static final Pattern THINKING = Pattern.compile("(?s)<think>.*?</think>");

    /** Why an answer is refused, naming the first cue it broke (0: the answer as a whole). */
    static final class Broken extends Exception {
        final int cue;

        Broken(int cue, String detail) {
            super(detail, null, false, false);
            this.cue = cue;
        }
    }

    private TranslationAnswer() {
    }

    /**
     * @param batch the cues asked for, in order
     * @return each cue's translated lines, in the batch's order
     */
    static List<List<String>> read(String answer, List<Cue> batch) throws Broken {
        JsonArray items = items(answer);
        List<List<String>> texts = new ArrayList<>(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            Cue cue = batch.get(k);
            if (k >= items.size()) {
                throw new Broken(cue.index(), "cue " + cue.index() + " is missing from the answer (" + items.size()
                        + " cues answered for " + batch.size() + " asked)");
            }
            JsonElement item = items.get(k);
            JsonObject entry = item.isJsonObject() ? item.getAsJsonObject() : null;
            Integer number = entry == null ? null : number(entry.get("i"));
            if (number == null) {
                throw new Broken(cue.index(), "the answer's entry for cue " + cue.index() + " has no number \"i\"");
            }
            if (number != cue.index()) {
                throw new Broken(cue.index(), "cue " + cue.index() + " is missing or out of order: the answer has cue "
                        + number + " in its place");
            }
            texts.add(lines(entry.get("text"), cue));
        }
        if (items.size() > batch.size()) {
            JsonElement extra = items.get(batch.size());
            Integer number = extra.isJsonObject() ? number(extra.getAsJsonObject().get("i")) : null;
            throw new Broken(number == null ? 0 : number, "the answer has " + items.size() + " cues for " + batch.size()
                    + " asked" + (number == null ? "" : " (an extra cue " + number + ")"));
        }
        return texts;
    }

    private static JsonArray items(String answer) throws Broken {
        String text = THINKING.matcher(answer == null ? "" : answer).replaceAll("");
        int open = firstOf(text, '{', '[');
        int close = Math.max(text.lastIndexOf('}'), text.lastIndexOf(']'));
        if (open < 0 || close < open) {
            throw notJson();
        }
        try {
            JsonElement parsed = JsonParser.parseString(text.substring(open, close + 1));
            if (parsed.isJsonArray()) {
                return parsed.getAsJsonArray();
            }
            if (parsed.isJsonObject() && parsed.getAsJsonObject().get("cues") instanceof JsonArray cues) {
                return cues;
            }
        } catch (JsonParseException e) {
            // falls through to the same refusal
        }
        throw notJson();
    }

    private static List<String> lines(JsonElement text, Cue cue) throws Broken {
        if (!(text instanceof JsonPrimitive p) || !p.isString()) {
            throw new Broken(cue.index(), "cue " + cue.index() + " has no \"text\" in the answer");
        }
        String translated = p.getAsString().replace("\r\n", "\n").replace('\r', '\n').strip();
        int limit = Math.min(Subtitles.MAX_CUE_CHARS, cue.shownText().length() * LENGTH_FACTOR + LENGTH_SLACK);
        if (translated.isEmpty()) {
            throw new Broken(cue.index(), "cue " + cue.index() + "'s translation is empty");
        }
        if (translated.length() > limit) {
            throw new Broken(cue.index(), "cue " + cue.index() + "'s translation is " + translated.length()
                    + " characters for an original of " + cue.shownText().length());
        }
        if (translated.contains("-->")) {
            // it would read as a timing line in the SRT written from it
            throw new Broken(cue.index(), "cue " + cue.index() + "'s translation contains \"-->\"");
        }
        List<String> lines = new ArrayList<>(2);
        for (String line : translated.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static Integer number(JsonElement i) {
        if (i instanceof JsonPrimitive p && (p.isNumber() || p.isString())) {
            try {
                double value = Double.parseDouble(p.getAsString().strip());
                return value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE ? (int) value : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private static Broken notJson() {
        return new Broken(0, "the answer is not the JSON asked for ({\"cues\":[{\"i\":…,\"text\":…}]})");
    }
}
