package navaa.models.diarization;

import navaa.models.speaker.SpeakerEmbedder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Diarization of recordings built here with known turns (RTTM truth), scored with
 * {@link DiarizationError} as md-eval scores it (optimal speaker mapping, 0.25 s collar).
 */
class DiarizerTest {

    @TempDir
    static Path folder;

    private static Diarizer diarizer;

    @BeforeAll
    static void load() {
        diarizer = new Diarizer(SpeakerEmbedder.load());
    }

    static Conversation threeVoices(Path folder) throws Exception {
        return new Conversation(folder)
                .say("alice", "en-us+f3", "Good morning everyone, thank you for joining the weekly planning meeting today.", 0)
                .say("bob", "en-us", "Thanks. Before we start, I would like to go over the numbers from last quarter.", 0.6)
                .say("carol", "en-us+klatt4", "Sure, but please keep it short, we have a lot to cover this morning.", 0.5)
                .say("bob", "en-us", "Of course. Sales went up by twelve percent, mostly in the northern region.", 0.7)
                .say("alice", "en-us+f3", "That is great news. What about the costs of the new warehouse?", 0.4)
                .say("carol", "en-us+klatt4", "The warehouse came in under budget, about five percent lower than planned.", 0.8)
                .say("alice", "en-us+f3", "Excellent. Then let us move on to the hiring plan for next year.", 0.5)
                .say("bob", "en-us", "We need two more engineers and one person for customer support.", 0.6);
    }

    @Test
    void findsThreeSpeakersAndWhenTheySpoke() throws Exception {
        Conversation conversation = threeVoices(folder);
        Path wav = conversation.wav("three.wav");
        DiarizationResult result = diarizer.diarize(wav, "three.wav", DiarizationSettings.defaults(), null, p -> { });
        DiarizationError.Score score = new DiarizationError(0.25, false).score(conversation.truth(), result.turns());
        System.out.printf("DiarizerTest three voices: %d speakers found, DER %.1f %% (missed %.2f s, false alarm %.2f s, confusion %.2f s of %.1f s)%n",
                result.numSpeakers(), 100 * score.rate(), score.missed(), score.falseAlarm(), score.confusion(), score.reference());
        assertEquals(3, result.numSpeakers(), () -> Rttm.format("three", result.turns()));
        assertTrue(score.rate() < 0.15, "DER " + score.rate() + "\n" + Rttm.format("three", result.turns()));
        assertEquals("SPEAKER_0", result.segments().get(0).speaker());
        assertTrue(result.identifiedSpeakers().isEmpty());
    }

    /** Four real people taking turns, twice talking over each other for half a second. */
    static Conversation fourRealVoices(Path folder) throws Exception {
        Conversation conversation = new Conversation(folder);
        double[] gaps = {0, 0.6, 0.5, -0.5, 0.7, 0.4, 0.8, 0.5, -0.5, 0.6, 0.5, 0.7};
        int[] order = {0, 1, 2, 3, 1, 0, 3, 2, 0, 2, 1, 3};
        for (int t = 0; t < order.length; t++) {
            String[] voice = RealVoices.VOICES.get(order[t]);
            conversation.add(voice[1], RealVoices.turn(voice[0], 3 * t, 2, folder), gaps[t]);
        }
        return conversation;
    }

    @Test
    void findsFourRealPeople() throws Exception {
        assertTrue(RealVoices.installed(), "the Asterisk prompts are missing: apt-get install asterisk-core-sounds-en-wav "
                + "asterisk-core-sounds-fr-wav asterisk-core-sounds-it-wav asterisk-core-sounds-ru-wav (.ci/run does)");
        Conversation conversation = fourRealVoices(folder);
        DiarizationResult result = diarizer.diarize(conversation.wav("real.wav"), "real.wav", DiarizationSettings.defaults(), null, p -> { });
        DiarizationError.Score score = new DiarizationError(0.25, false).score(conversation.truth(), result.turns());
        DiarizationError.Score withoutOverlap = new DiarizationError(0.25, true).score(conversation.truth(), result.turns());
        System.out.printf("DiarizerTest four real voices (%.1f s, %.1f s overlapped): %d speakers found, DER %.1f %% "
                        + "(missed %.2f s, false alarm %.2f s, confusion %.2f s), without overlap %.1f %%%n",
                conversation.truth().get(conversation.truth().size() - 1).end(), conversation.overlapSeconds(), result.numSpeakers(),
                100 * score.rate(), score.missed(), score.falseAlarm(), score.confusion(), 100 * withoutOverlap.rate());
        assertEquals(4, result.numSpeakers(), () -> Rttm.format("real", result.turns()));
        assertTrue(score.rate() < 0.15, "DER " + score.rate() + "\n" + Rttm.format("real", result.turns()));
    }

    /** Turns of the given real voices (indexes into {@link RealVoices#VOICES}), {@code prompts} prompts each. */
    static Conversation realTurns(Path folder, int[] order, int prompts, int seed) throws Exception {
        Conversation conversation = new Conversation(folder);
        java.util.Random random = new java.util.Random(seed);
        for (int t = 0; t < order.length; t++) {
            String[] voice = RealVoices.VOICES.get(order[t]);
            double gap = t == 0 ? 0 : 0.3 + 0.6 * random.nextDouble();
            conversation.add(voice[1], RealVoices.turn(voice[0], 5 * t + 40 * seed, prompts, folder), gap);
        }
        return conversation;
    }

    @Test
    void countsRealSpeakersFromOneToThree() throws Exception {
        assertTrue(RealVoices.installed(), "the Asterisk prompts are missing (.ci/run installs them)");
        record Case(String name, int[] order, int prompts, int speakers) {
        }
        List<Case> cases = List.of(
                new Case("one speaker", new int[]{0, 0, 0, 0, 0, 0}, 2, 1),
                new Case("two women", new int[]{1, 3, 1, 3, 3, 1, 3, 1}, 2, 2),
                new Case("one man who talks most", new int[]{2, 2, 0, 2, 2, 0, 2, 2}, 3, 2),
                new Case("three, quick turns", new int[]{0, 1, 2, 1, 0, 2, 0, 1, 2, 0}, 1, 3));
        DiarizationError.Score total = new DiarizationError.Score(0, 0, 0, 0);
        int counted = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Conversation conversation = realTurns(folder, c.order(), c.prompts(), i + 1);
            DiarizationResult result = diarizer.diarize(conversation.wav("case" + i + ".wav"), "case.wav", DiarizationSettings.defaults(), null, p -> { });
            DiarizationError.Score score = new DiarizationError(0.25, false).score(conversation.truth(), result.turns());
            total = total.plus(score);
            counted += result.numSpeakers() == c.speakers() ? 1 : 0;
            report.append(String.format("  %-24s %d speakers (truth %d), DER %.1f %%%n", c.name(), result.numSpeakers(), c.speakers(), 100 * score.rate()));
        }
        System.out.printf("DiarizerTest real voices:%n%s  overall DER %.1f %%, speaker count right in %d of %d%n", report,
                100 * total.rate(), counted, cases.size());
        assertEquals(cases.size(), counted, report::toString);
        assertTrue(total.rate() < 0.15, report::toString);
    }

    @Test
    void aGivenNumberOfSpeakersIsKept() throws Exception {
        Conversation conversation = threeVoices(folder);
        DiarizationResult result = diarizer.diarize(conversation.wav("three-given.wav"), "x.wav",
                DiarizationSettings.defaults().withSpeakers(2), null, p -> { });
        assertEquals(2, result.numSpeakers());
    }

    @Test
    void enrolledVoicesAreNamed() throws Exception {
        Conversation conversation = threeVoices(folder);
        Enrolment enrolment = new Enrolment(SpeakerEmbedder.load());
        VoiceDatabase voices = new VoiceDatabase("team", List.of(
                enrolment.speaker("علی", List.of(navaa.models.SpokenAudio.say("I will read a few sentences so that the system knows my voice. This is the second one.", "en-us", folder))),
                enrolment.speaker("Carol", List.of(navaa.models.SpokenAudio.say("Here is my sample, spoken slowly and clearly for the voice database.", "en-us+klatt4", folder)))));
        DiarizationResult result = diarizer.diarize(conversation.wav("named.wav"), "named.wav", DiarizationSettings.defaults(), voices, p -> { });
        assertEquals(List.of("علی", "Carol").stream().sorted().toList(), result.identifiedSpeakers().stream().sorted().toList());
        DiarizationResult.Segment first = result.segments().get(0);
        assertEquals("SPEAKER_0", first.speaker(), "alice is not enrolled");
        assertTrue(result.segments().stream().filter(s -> s.speaker().equals("علی")).allMatch(s -> s.identified() && s.confidence() >= 0.7));
        DiarizationError.Score score = new DiarizationError(0.25, false).score(conversation.truth(), result.turns());
        assertTrue(score.rate() < 0.15, "DER " + score.rate());
    }
}
