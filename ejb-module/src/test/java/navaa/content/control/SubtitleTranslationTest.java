package navaa.content.control;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import navaa.llm.control.ChatTurn;
import navaa.llm.control.LanguageModel;
import navaa.llm.control.LanguageModelException;
import navaa.llm.control.LlmSettings;
import navaa.llm.control.OpenAiChatClient;
import navaa.llm.control.ScriptedChatServer;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubtitleTranslationTest {

    private static final Subtitles ENGLISH = Subtitles.parse("""
            1
            00:00:00,000 --> 00:00:03,200
            <i>Hello everyone,</i>
            welcome back!

            2
            00:00:03,200 --> 00:00:06,800
            Today I want to show you something cool.

            3
            00:00:07,015 --> 00:00:09,999
            {\\an8}Let's start.
            """);

    /** A model that reads the question's cues and answers them, as the function says, in the asked shape. */
    private static final class Fake implements LanguageModel {
        final List<String> prompts = new ArrayList<>();
        final List<Function<JsonArray, String>> script = new ArrayList<>();

        Fake answering(Function<JsonArray, String> answer) {
            script.add(answer);
            return this;
        }

        @Override
        public String complete(List<ChatTurn> conversation) {
            assertEquals(1, conversation.size());
            assertEquals(ChatTurn.Role.USER, conversation.get(0).role());
            String prompt = conversation.get(0).content();
            prompts.add(prompt);
            JsonArray cues = JsonParser.parseString(prompt.substring(prompt.indexOf("\n\n{\"cues\"") + 2, prompt.indexOf("\n", prompt.indexOf("\n\n{\"cues\"") + 2) < 0
                    ? prompt.length() : prompt.indexOf("\n", prompt.indexOf("\n\n{\"cues\"") + 2))).getAsJsonObject().getAsJsonArray("cues");
            return script.get(Math.min(prompts.size(), script.size()) - 1).apply(cues);
        }
    }

    /** Each cue as "ترجمهٔ <its words>", in order. */
    static String faithful(JsonArray cues) {
        JsonArray answered = new JsonArray();
        for (JsonElement cue : cues) {
            JsonObject entry = new JsonObject();
            entry.addProperty("i", cue.getAsJsonObject().get("i").getAsInt());
            entry.addProperty("text", "ترجمهٔ " + cue.getAsJsonObject().get("text").getAsString());
            answered.add(entry);
        }
        JsonObject answer = new JsonObject();
        answer.add("cues", answered);
        return answer.toString();
    }

    private static Function<JsonArray, String> without(int index) {
        return cues -> {
            JsonArray kept = new JsonArray();
            cues.forEach(c -> {
                if (c.getAsJsonObject().get("i").getAsInt() != index) {
                    kept.add(c);
                }
            });
            return faithful(kept);
        };
    }

    private static SubtitleTranslation translation(LanguageModel model) {
        return new SubtitleTranslation(model, SubtitleTranslation.Batching.DEFAULT);
    }

    @Test
    void aGoodAnswerChangesTheWordsAndKeepsEveryTiming() {
        Fake model = new Fake().answering(SubtitleTranslationTest::faithful);
        Subtitles persian = translation(model).translate(ENGLISH, SubtitleLanguage.PERSIAN);

        assertEquals("1\n00:00:00,000 --> 00:00:03,200\nترجمهٔ Hello everyone,\nwelcome back!\n\n"
                + "2\n00:00:03,200 --> 00:00:06,800\nترجمهٔ Today I want to show you something cool.\n\n"
                + "3\n00:00:07,015 --> 00:00:09,999\nترجمهٔ Let's start.", persian.toSrt());
        assertEquals(1, model.prompts.size());
        // the model sees the words, without markup, and the language by name
        assertTrue(model.prompts.get(0).contains("Persian (فارسی)"));
        assertTrue(model.prompts.get(0).contains("{\"i\":1,\"text\":\"Hello everyone,\\nwelcome back!\"}"), model.prompts.get(0));
        assertTrue(model.prompts.get(0).contains("3 in all"));
    }

    @Test
    void longSubtitlesGoInBatchesWithinTheReplyBudgetAndComeBackWhole() {
        List<Cue> cues = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            cues.add(new Cue(i, i * 1000L, i * 1000L + 900, List.of("sentence number " + i + " of a long talk")));
        }
        Subtitles talk = new Subtitles(cues);
        Fake model = new Fake().answering(SubtitleTranslationTest::faithful);
        Subtitles persian = new SubtitleTranslation(model, new SubtitleTranslation.Batching(40, 1024, 4096))
                .translate(talk, SubtitleLanguage.PERSIAN);

        // a cue of about 33 characters may cost 12 + 2 × 33 = 78 reply tokens: 13 fit in 1024, 100 take 8 requests
        assertEquals(8, model.prompts.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(talk.cues().get(i).startMillis(), persian.cues().get(i).startMillis());
            assertEquals(talk.cues().get(i).endMillis(), persian.cues().get(i).endMillis());
            assertEquals("ترجمهٔ " + talk.cues().get(i).text(), persian.cues().get(i).text());
        }
        List<List<Cue>> batches = new SubtitleTranslation(model, new SubtitleTranslation.Batching(40, 100_000, 100_000)).batches(cues);
        assertEquals(List.of(40, 40, 20), batches.stream().map(List::size).toList());
        // one cue over the budget still goes, alone
        assertEquals(1, new SubtitleTranslation(model, new SubtitleTranslation.Batching(40, 1, 1)).batches(cues.subList(0, 1)).size());
    }

    @Test
    void aDroppedCueIsAskedForOnceMoreThenRefusedNamingIt() {
        Fake model = new Fake().answering(without(2));
        SubtitleTranslationException broken = assertThrows(SubtitleTranslationException.class,
                () -> translation(model).translate(ENGLISH, SubtitleLanguage.PERSIAN));
        assertEquals(2, model.prompts.size());
        assertEquals(2, broken.cue());
        assertEquals("the language model's translation broke the subtitle's cues twice, so nothing was translated: "
                + "cue 2 is missing or out of order: the answer has cue 3 in its place (cue 2 starts at 00:00:03,200)", broken.getMessage());
        assertTrue(model.prompts.get(1).startsWith(model.prompts.get(0)));
        assertTrue(model.prompts.get(1).contains("An earlier answer was refused because cue 2 is missing"), model.prompts.get(1));
        assertTrue(model.prompts.get(1).contains("exactly 3 cues, numbered 1 to 3"));
    }

    @Test
    void aReorderedOrRenumberedAnswerIsRefused() {
        Function<JsonArray, String> reversed = cues -> {
            JsonArray back = new JsonArray();
            for (int k = cues.size() - 1; k >= 0; k--) {
                back.add(cues.get(k));
            }
            return faithful(back);
        };
        assertEquals(1, assertThrows(SubtitleTranslationException.class,
                () -> translation(new Fake().answering(reversed)).translate(ENGLISH, SubtitleLanguage.PERSIAN)).cue());

        Function<JsonArray, String> fromZero = cues -> faithful(cues).replace("\"i\":1", "\"i\":0").replace("\"i\":2", "\"i\":1")
                .replace("\"i\":3", "\"i\":2");
        assertEquals(1, assertThrows(SubtitleTranslationException.class,
                () -> translation(new Fake().answering(fromZero)).translate(ENGLISH, SubtitleLanguage.PERSIAN)).cue());
    }

    @Test
    void aSecondGoodAnswerIsTaken() {
        Fake model = new Fake().answering(without(3)).answering(SubtitleTranslationTest::faithful);
        Subtitles persian = translation(model).translate(ENGLISH, SubtitleLanguage.PERSIAN);
        assertEquals(2, model.prompts.size());
        assertEquals("ترجمهٔ Let's start.", persian.cues().get(2).text());
    }

    @Test
    void nothingHalfTranslatedWhenALaterBatchBreaks() {
        List<Cue> cues = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            cues.add(new Cue(i, i * 1000L, i * 1000L + 500, List.of("line " + i)));
        }
        Fake model = new Fake().answering(SubtitleTranslationTest::faithful).answering(without(5));
        SubtitleTranslationException broken = assertThrows(SubtitleTranslationException.class,
                () -> new SubtitleTranslation(model, new SubtitleTranslation.Batching(3, 1024, 4096))
                        .translate(new Subtitles(cues), SubtitleLanguage.PERSIAN));
        assertEquals(5, broken.cue());
        assertEquals(3, model.prompts.size());
    }

    @Test
    void emptyExtraOrRunawayTextIsRefusedCueByCue() {
        assertEquals(2, refusedCue(cues -> faithful(cues).replace("ترجمهٔ Today I want to show you something cool.", "  ")));
        assertEquals(3, refusedCue(cues -> faithful(cues).replace("ترجمهٔ Let's start.", "x".repeat(200))));
        assertEquals(3, refusedCue(cues -> faithful(cues).replace("ترجمهٔ Let's start.", "00:00:01,000 --> 00:00:02,000")));
        assertEquals(3, refusedCue(cues -> faithful(cues).replace("\"text\":\"ترجمهٔ Let's start.\"", "\"text\":7")));
        assertEquals(4, refusedCue(cues -> faithful(cues).replace("}]}", "},{\"i\":4,\"text\":\"extra\"}]}")));
        assertEquals(0, refusedCue(cues -> "Sure! Here is the translation."));
        assertEquals(0, refusedCue(cues -> "{\"cues\":[{\"i\":1,\"text\":\"cut off by max_tok"));
    }

    private static int refusedCue(Function<JsonArray, String> answer) {
        return assertThrows(SubtitleTranslationException.class,
                () -> translation(new Fake().answering(answer)).translate(ENGLISH, SubtitleLanguage.PERSIAN)).cue();
    }

    @Test
    void whatModelsWrapAroundTheJsonIsTolerated() {
        Subtitles fenced = translation(new Fake().answering(cues -> "```json\n" + faithful(cues) + "\n```"))
                .translate(ENGLISH, SubtitleLanguage.PERSIAN);
        Subtitles thinking = translation(new Fake().answering(cues -> "<think>{\"cues\":[] is what they want}</think>\nHere:\n" + faithful(cues)))
                .translate(ENGLISH, SubtitleLanguage.PERSIAN);
        Subtitles bare = translation(new Fake().answering(cues -> {
            String whole = faithful(cues);
            return whole.substring("{\"cues\":".length(), whole.length() - 1).replace("\"i\":2", "\"i\":\"2\"");
        })).translate(ENGLISH, SubtitleLanguage.PERSIAN);
        assertEquals(fenced, thinking);
        assertEquals(fenced, bare);
        assertEquals(List.of("ترجمهٔ Hello everyone,", "welcome back!"), fenced.cues().get(0).lines());
    }

    @Test
    void aCueOfMarkupOnlyIsKeptAndNotSent() {
        Subtitles marked = Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}\n\n2\n00:00:02,000 --> 00:00:03,000\nwords\n");
        Fake model = new Fake().answering(SubtitleTranslationTest::faithful);
        Subtitles persian = translation(model).translate(marked, SubtitleLanguage.PERSIAN);
        assertEquals(List.of("{\\an8}"), persian.cues().get(0).lines());
        assertEquals("ترجمهٔ words", persian.cues().get(1).text());
        assertTrue(model.prompts.get(0).contains("1 in all"));

        Subtitles between = Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000\none\n\n2\n00:00:02,000 --> 00:00:03,000\n{\\an8}\n\n"
                + "3\n00:00:03,000 --> 00:00:04,000\nthree\n");
        SubtitleTranslationException broken = assertThrows(SubtitleTranslationException.class,
                () -> translation(new Fake().answering(without(3))).translate(between, SubtitleLanguage.PERSIAN));
        assertEquals(3, broken.cue());
        assertTrue(broken.getMessage().endsWith("(cue 3 starts at 00:00:03,000)"), broken.getMessage());
    }

    @Test
    void noModelConfiguredIsTheLlmLayersOwnAnswerAndNotRetried() {
        LlmSettings nothingSet = LlmSettings.read(name -> Optional.empty());
        int[] calls = {0};
        LanguageModel unconfigured = conversation -> {
            calls[0]++;
            return nothingSet.open().complete(conversation);
        };
        LanguageModelException e = assertThrows(LanguageModelException.class,
                () -> translation(unconfigured).translate(ENGLISH, SubtitleLanguage.PERSIAN));
        assertEquals(LanguageModelException.Reason.NOT_CONFIGURED, e.reason());
        assertEquals(1, calls[0]);

        // through LanguageModels::reply the boundary's NavaaException passes unchanged
        NavaaException refusal = new NavaaException(ErrorCode.LLM_NOT_CONFIGURED);
        assertSame(refusal, assertThrows(NavaaException.class, () -> translation(conversation -> {
            throw refusal;
        }).translate(ENGLISH, SubtitleLanguage.PERSIAN)));
    }

    @Test
    void throughAnOpenAiCompatibleServer() throws Exception {
        try (ScriptedChatServer server = new ScriptedChatServer()) {
            String broken = "{\"cues\":[{\"i\":1,\"text\":\"سلام به همه، خوش برگشتید!\"},{\"i\":3,\"text\":\"شروع کنیم.\"}]}";
            String good = "{\"cues\":[{\"i\":1,\"text\":\"سلام به همه، خوش برگشتید!\"},"
                    + "{\"i\":2,\"text\":\"امروز میخوام یه چیز جالب نشونتون بدم.\"},{\"i\":3,\"text\":\"شروع کنیم.\"}]}";
            server.thenReply(broken).thenReply(good);
            OpenAiChatClient client = new OpenAiChatClient(server.baseUrl(), Optional.empty(), Optional.of("m"), Duration.ofSeconds(10), 1024);
            Subtitles persian = translation(client).translate(ENGLISH, SubtitleLanguage.of("fa").orElseThrow());

            assertEquals("1\n00:00:00,000 --> 00:00:03,200\nسلام به همه، خوش برگشتید!\n\n"
                    + "2\n00:00:03,200 --> 00:00:06,800\nامروز میخوام یه چیز جالب نشونتون بدم.\n\n"
                    + "3\n00:00:07,015 --> 00:00:09,999\nشروع کنیم.", persian.toSrt());
            assertEquals(2, server.received().size());
            JsonObject request = JsonParser.parseString(server.received().get(0).body()).getAsJsonObject();
            assertEquals("user", request.getAsJsonArray("messages").get(0).getAsJsonObject().get("role").getAsString());
            assertTrue(request.getAsJsonArray("messages").get(0).getAsJsonObject().get("content").getAsString()
                    .contains("\"text\":\"Today I want to show you something cool.\""));

            server.thenReply(broken).thenReply(broken);
            assertEquals(2, assertThrows(SubtitleTranslationException.class,
                    () -> translation(client).translate(ENGLISH, SubtitleLanguage.PERSIAN)).cue());

            server.then(500, "{\"error\":{\"message\":\"model not loaded\"}}");
            LanguageModelException down = assertThrows(LanguageModelException.class,
                    () -> translation(client).translate(ENGLISH, SubtitleLanguage.PERSIAN));
            assertEquals(LanguageModelException.Reason.FAILED, down.reason());
            assertEquals(5, server.received().size());
        }
    }

    @Test
    void targetLanguagesByTheDocumentsNameOrTheirCode() {
        assertEquals(SubtitleLanguage.PERSIAN, SubtitleLanguage.of("persian").orElseThrow());
        assertEquals(SubtitleLanguage.PERSIAN, SubtitleLanguage.of(" FA ").orElseThrow());
        assertEquals("english", SubtitleLanguage.of("en").orElseThrow().name());
        assertEquals("spanish", SubtitleLanguage.of("Spanish").orElseThrow().name());
        assertEquals("french", SubtitleLanguage.of("french").orElseThrow().name());
        assertEquals(Optional.empty(), SubtitleLanguage.of("klingon"));
        assertEquals(Optional.empty(), SubtitleLanguage.of("original"));
        assertEquals(Optional.empty(), SubtitleLanguage.of(null));
        assertTrue(SubtitleLanguage.PERSIAN.rightToLeft());
        assertEquals(false, SubtitleLanguage.of("english").orElseThrow().rightToLeft());
    }
}
