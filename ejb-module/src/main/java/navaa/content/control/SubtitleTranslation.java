package navaa.content.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import navaa.llm.control.ChatTurn;
import navaa.llm.control.LanguageModel;
import navaa.llm.control.LlmSettings;
import navaa.llm.control.TokenEstimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Translates a subtitle through the configured language model (doc 002 §4.4.3) so that only
 * the words change: every cue keeps its number and its timing exactly as in the source, and the
 * model is never trusted with either. The cues go in batches small enough for the model's reply
 * budget; each answer is checked cue by cue ({@link TranslationAnswer}); a broken answer is asked
 * for once more with the reason, and a second broken answer ends the translation with a
 * {@link SubtitleTranslationException} naming the cue. A subtitle is returned whole or not at all.
 * <p>
 * The model's own failures (not configured, unreachable, timed out) are not retried and pass
 * through unchanged: a {@code LanguageModelException}, or the {@code NavaaException} with the
 * LLM_* code when the model is {@code LanguageModels::reply}. Only the user turn is sent (doc 004's
 * chat drops system turns when fitting a conversation), so the instructions travel in it.
 */
public final class SubtitleTranslation {

    private static final Logger LOG = Logger.getLogger(SubtitleTranslation.class.getName());

    /**
     * How many cues go into one request.
     *
     * @param maxCues      at most this many cues, so a small model keeps count
     * @param replyTokens  the model's reply budget (NAVAA_LLM_MAX_TOKENS): a cut-off reply is unreadable JSON
     * @param promptTokens the prompt budget (NAVAA_LLM_CONTEXT_TOKENS)
     */
    public record Batching(int maxCues, int replyTokens, int promptTokens) {

        /** NAVAA_LLM_* defaults. */
        public static final Batching DEFAULT = new Batching(40, 1024, 4096);

        public Batching {
            if (maxCues < 1 || replyTokens < 1 || promptTokens < 1) {
                throw new IllegalArgumentException("batching needs positive bounds: " + maxCues + ", " + replyTokens + ", " + promptTokens);
            }
        }

        public static Batching of(LlmSettings settings) {
            return new Batching(DEFAULT.maxCues, settings.maxReplyTokens(), settings.contextTokens());
        }

        /**
         * A cue's share of the reply: its JSON entry and the translation, counted as if every
         * character were a two-token letter (TokenEstimate's worst case for Persian or Arabic).
         */
        static int replyCost(Cue cue) {
            return 12 + 2 * cue.shownText().length();
        }

        static int promptCost(Cue cue) {
            return 12 + TokenEstimate.of(cue.shownText());
        }
    }

    /** What the instructions cost before any cue. */
    private static final int PROMPT_OVERHEAD = 400;

    private final LanguageModel model;
    private final Batching batching;

    public SubtitleTranslation(LanguageModel model, Batching batching) {
        this.model = Objects.requireNonNull(model, "model");
        this.batching = Objects.requireNonNull(batching, "batching");
    }

    /**
     * @return the source's cues, numbers and timings with the words in the target language
     * @throws SubtitleTranslationException the model broke a batch's cues twice
     */
    public Subtitles translate(Subtitles source, SubtitleLanguage target) {
        List<List<String>> texts = new ArrayList<>(source.cues().size());
        for (Cue cue : source.cues()) {
            texts.add(cue.lines());
        }
        // a cue of markup only (a bare {\an8}) has nothing to translate and is kept as it is
        List<Cue> spoken = source.cues().stream().filter(c -> !c.shownLines().isEmpty()).toList();
        for (List<Cue> batch : batches(spoken)) {
            List<List<String>> translated = translateBatch(batch, target);
            for (int k = 0; k < batch.size(); k++) {
                texts.set(batch.get(k).index() - 1, translated.get(k));
            }
        }
        return source.withLines(texts);
    }

    /** Consecutive cues, each batch within the bounds (a single cue over them still goes, alone). */
    List<List<Cue>> batches(List<Cue> cues) {
        List<List<Cue>> batches = new ArrayList<>();
        List<Cue> batch = new ArrayList<>();
        int reply = 0;
        int prompt = PROMPT_OVERHEAD;
        for (Cue cue : cues) {
            int replyCost = Batching.replyCost(cue);
            int promptCost = Batching.promptCost(cue);
            if (!batch.isEmpty() && (batch.size() == batching.maxCues() || reply + replyCost > batching.replyTokens()
                    || prompt + promptCost > batching.promptTokens())) {
                batches.add(batch);
                batch = new ArrayList<>();
                reply = 0;
                prompt = PROMPT_OVERHEAD;
            }
            batch.add(cue);
            reply += replyCost;
            prompt += promptCost;
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private List<List<String>> translateBatch(List<Cue> batch, SubtitleLanguage target) {
        String prompt = prompt(batch, target);
        String answer = model.complete(List.of(ChatTurn.user(prompt)));
        try {
            return TranslationAnswer.read(answer, batch);
        } catch (TranslationAnswer.Broken first) {
            LOG.log(Level.INFO, "the model broke cues {0}-{1}, asking once more: {2}",
                    new Object[]{batch.get(0).index(), batch.get(batch.size() - 1).index(), first.getMessage()});
            String again = model.complete(List.of(ChatTurn.user(prompt + "\n\nAn earlier answer was refused because "
                    + first.getMessage() + ". Answer again with exactly " + batch.size() + " cues, numbered "
                    + batch.get(0).index() + " to " + batch.get(batch.size() - 1).index() + " in order, as JSON only.")));
            try {
                return TranslationAnswer.read(again, batch);
            } catch (TranslationAnswer.Broken second) {
                // a batch may skip a markup-only cue, so the broken cue is looked up by its number
                String where = batch.stream().filter(c -> c.index() == second.cue).findFirst()
                        .map(c -> " (cue " + c.index() + " starts at " + Subtitles.time(c.startMillis()) + ")").orElse("");
                String message = "the language model's translation broke the subtitle's cues twice, so nothing was translated: "
                        + second.getMessage() + where;
                LOG.log(Level.WARNING, "{0}; its answer began: {1}", new Object[]{message, snippet(again)});
                throw new SubtitleTranslationException(second.cue, message, snippet(again));
            }
        }
    }

    /** The instructions and the cues as JSON, so the answer's shape mirrors the question's. */
    static String prompt(List<Cue> batch, SubtitleLanguage target) {
        JsonArray cues = new JsonArray();
        for (Cue cue : batch) {
            JsonObject entry = new JsonObject();
            entry.addProperty("i", cue.index());
            entry.addProperty("text", cue.shownText());
            cues.add(entry);
        }
        JsonObject question = new JsonObject();
        question.add("cues", cues);
        return "Translate these video subtitle cues into " + target.inPrompt() + ".\n"
                + "Answer with JSON only, in exactly this shape: {\"cues\":[{\"i\":<the cue's number>,\"text\":\"<its translation>\"}]}\n"
                + "Rules: one entry for every cue, " + batch.size() + " in all, with the same numbers i in the same order; "
                + "never merge, split, leave out or add a cue, even when a sentence runs over several cues; "
                + "translate each cue's words only, about as long as the original, natural and spoken; "
                + "use \\n for a line break inside a cue; no notes, no timings.\n\n"
                + question;
    }

    private static String snippet(String answer) {
        String flat = answer == null ? "" : answer.strip().replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
