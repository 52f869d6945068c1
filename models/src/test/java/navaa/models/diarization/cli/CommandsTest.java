package navaa.models.diarization.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import navaa.models.SpokenAudio;
import navaa.models.diarization.DiarizationResult;
import navaa.models.diarization.VoiceDatabase;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.transcription.TranscriptionSettings;
import navaa.models.transcription.TranscriptionStandIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands run in this JVM on espeak-ng speech: enrol two voices into a database file,
 * diarize a meeting with it, and read the outputs back as a user's tools would.
 */
class CommandsTest {

    @TempDir
    static Path folder;

    private static Supplier<SpeakerEmbedder> embedder;
    private static Path bob;
    private static Path carol;
    private static Path meeting;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void voices() throws Exception {
        SpeakerEmbedder loaded = SpeakerEmbedder.load();
        embedder = () -> loaded;
        bob = TestAudio.say(folder, "bob.wav", "en-us", "I will read a few sentences so that the system knows my voice. This is the second one.");
        carol = TestAudio.say(folder, "carol.wav", "en-us+klatt4", "Here is my sample, spoken slowly and clearly for the voice database.");
        meeting = TestAudio.meeting(folder, "meeting.wav");
    }

    private VoiceDatabase enroll(String... words) throws Exception {
        return new EnrollCommand(embedder).run(EnrollOptions.parse(List.of(words)), out);
    }

    private DiarizationResult diarize(String... words) throws Exception {
        return new DiarizeCommand(embedder).run(DiarizeOptions.parse(List.of(words)), out, err, p -> { });
    }

    private String stdout() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private Path twoVoices(String name) throws Exception {
        Path db = folder.resolve(name);
        enroll("--db", db.toString(), "علی", bob.toString());
        enroll("--db", db.toString(), "Carol", carol.toString());
        return db;
    }

    @Test
    void enrolMakesTheDatabaseAndReplacesASpeakerOfTheSameName() throws Exception {
        Path db = twoVoices("enrol.json");
        VoiceDatabase voices = VoiceDatabase.fromJson(Files.readString(db, StandardCharsets.UTF_8));
        assertEquals("enrol", voices.name());
        assertEquals(List.of("علی", "Carol"), voices.speakers().stream().map(VoiceDatabase.Speaker::name).toList());
        assertTrue(stdout().contains("enrolled علی from 1 sample"), stdout());

        enroll("--db", db.toString(), "علی", bob.toString(), bob.toString());
        VoiceDatabase again = VoiceDatabase.fromJson(Files.readString(db, StandardCharsets.UTF_8));
        assertEquals(List.of("Carol", "علی"), again.speakers().stream().map(VoiceDatabase.Speaker::name).toList());
        assertEquals(2, again.speakers().get(1).samples().size());
        assertTrue(stdout().contains("re-enrolled علی from 2 samples"), stdout());
        // exactly the export format: what toJson gives, no more
        assertEquals(again.toJson(), Files.readString(db, StandardCharsets.UTF_8));
        try (var files = Files.list(folder)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void diarizeNamesTheEnrolledSpeakersInJson() throws Exception {
        Path db = twoVoices("json.json");
        outBytes.reset();
        diarize(meeting.toString(), "--db", db.toString());
        JsonObject json = JsonParser.parseString(stdout()).getAsJsonObject();
        assertEquals("meeting.wav", json.get("audio_file").getAsString());
        assertEquals(3, json.get("num_speakers").getAsInt(), stdout());
        List<String> identified = new ArrayList<>();
        json.getAsJsonArray("identified_speakers").forEach(e -> identified.add(e.getAsString()));
        assertTrue(identified.contains("علی"), stdout());
        assertTrue(Set.of("علی", "Carol").containsAll(identified), stdout());
        JsonArray segments = json.getAsJsonArray("segments");
        assertEquals("SPEAKER_0", segments.get(0).getAsJsonObject().get("speaker").getAsString(), "alice is not enrolled");
        assertEquals("علی", segments.get(1).getAsJsonObject().get("speaker").getAsString(), stdout());
        for (JsonElement segment : segments) {
            JsonObject s = segment.getAsJsonObject();
            assertEquals(identified.contains(s.get("speaker").getAsString()), s.get("identified").getAsBoolean());
        }
        String summary = errBytes.toString(StandardCharsets.UTF_8);
        assertTrue(summary.startsWith("meeting.wav: 3 speakers, " + segments.size() + " turns; recognised علی"), summary);
    }

    private static final Pattern CUE = Pattern.compile(
            "(\\d+)\n(\\d{2}):(\\d{2}):(\\d{2}),(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2}),(\\d{3})\n\\[([^\\]\n]+)]\n\n");

    @Test
    void srtBesideTheAudioParsesBack() throws Exception {
        Path db = twoVoices("srt.json");
        outBytes.reset();
        DiarizationResult result = diarize(meeting.toString(), "--db", db.toString(), "--format", "srt");
        assertEquals("", stdout(), "subtitles go to a file");
        Path srt = folder.resolve("meeting.srt");
        String text = Files.readString(srt, StandardCharsets.UTF_8);
        Matcher cue = CUE.matcher(text);
        int at = 0;
        int number = 0;
        double lastEnd = 0;
        while (at < text.length()) {
            assertTrue(cue.find(at) && cue.start() == at, "not a cue at " + at + ":\n" + text.substring(at));
            assertEquals(++number, Integer.parseInt(cue.group(1)));
            double start = seconds(cue, 2);
            double end = seconds(cue, 6);
            assertTrue(start >= lastEnd && end > start, text);
            DiarizationResult.Segment segment = result.segments().get(number - 1);
            assertEquals(segment.start(), start, 0.0005);
            assertEquals(segment.end(), end, 0.0005);
            assertEquals(segment.speaker(), cue.group(10));
            lastEnd = end;
            at = cue.end();
        }
        assertEquals(result.segments().size(), number);
        assertTrue(text.contains("[علی]"), text);
    }

    private static double seconds(Matcher m, int group) {
        return Integer.parseInt(m.group(group)) * 3600 + Integer.parseInt(m.group(group + 1)) * 60
                + Integer.parseInt(m.group(group + 2)) + Integer.parseInt(m.group(group + 3)) / 1000.0;
    }

    @Test
    void aGivenSpeakerCountAndTextToAFile() throws Exception {
        Path txt = folder.resolve("out.txt");
        DiarizationResult result = diarize(meeting.toString(), "--speakers", "2", "--format", "txt", "--out", txt.toString());
        assertEquals(2, result.numSpeakers());
        List<String> lines = Files.readAllLines(txt, StandardCharsets.UTF_8);
        assertEquals(result.segments().size(), lines.size());
        assertTrue(lines.get(0).matches("\\[\\d{2}:\\d{2}:\\d{2}\\.\\d{3} - \\d{2}:\\d{2}:\\d{2}\\.\\d{3}] SPEAKER_\\d+:"), lines.get(0));
    }

    private String failure(Executable command) {
        return assertThrows(CommandFailure.class, command::run).getMessage();
    }

    interface Executable {
        void run() throws Exception;
    }

    private DiarizationResult diarizeWith(Map<String, String> environment, String... words) throws Exception {
        TranscriptionSettings settings = TranscriptionSettings.read(name -> Optional.ofNullable(environment.get(name)));
        return new DiarizeCommand(embedder, new CommandTranscription(settings)).run(DiarizeOptions.parse(List.of(words)), out, err, p -> { });
    }

    /** The stand-in's answer: one word per second of the piece it was sent, "w0" for 0–1 s and so on. */
    private static TranscriptionStandIn.Answer wordPerSecond(TranscriptionStandIn.Received request) {
        int words = (int) Math.ceil(request.seconds());
        Object[][] segments = new Object[words][];
        for (int k = 0; k < words; k++) {
            segments[k] = new Object[]{k, Math.min(k + 1, request.seconds()), " w" + k};
        }
        return TranscriptionStandIn.Answer.ok(TranscriptionStandIn.verboseJson(segments));
    }

    @Test
    void transcribeWithoutAProviderSaysWhichSettingsBeforeDiarizing() {
        String message = failure(() -> diarizeWith(Map.of(), meeting.toString(), "--transcribe"));
        assertTrue(message.startsWith("cannot transcribe: "), message);
        assertTrue(message.contains("NAVAA_TRANSCRIPTION_MODEL") && message.contains("NAVAA_TRANSCRIPTION_BASE_URL"), message);
        assertEquals("", stdout());
    }

    @Test
    void transcribeTakesTheTurnsTextFromTheServerTheEnvironmentNames() throws Exception {
        try (TranscriptionStandIn server = new TranscriptionStandIn(CommandsTest::wordPerSecond)) {
            DiarizationResult result = diarizeWith(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", server.baseUrl(),
                    "NAVAA_TRANSCRIPTION_SERVER_MODEL", "small"), meeting.toString(), "--transcribe", "--language", "en");
            assertEquals(1, server.received().size());
            assertEquals(Map.of("model", "small", "response_format", "verbose_json", "language", "en"), server.received().get(0).fields());
            int sent = (int) Math.ceil(server.received().get(0).seconds());
            List<String> words = result.segments().stream().flatMap(t -> Arrays.stream(t.text().split(" ")))
                    .filter(w -> !w.isEmpty()).toList();
            assertEquals(IntStream.range(0, sent).mapToObj(k -> "w" + k).toList(), words, "every word once, in order");
            assertTrue(result.segments().stream().filter(t -> !t.text().isEmpty()).count() >= 2, result::toString);
            assertTrue(stdout().contains("\"text\": \"w0"), stdout());
        }
    }

    @Test
    void aFailingTranscriptionServerIsSaidWithItsAddress() throws Exception {
        try (TranscriptionStandIn server = new TranscriptionStandIn(r -> new TranscriptionStandIn.Answer(500, "{\"detail\":\"CUDA out of memory\"}", 0))) {
            String message = failure(() -> diarizeWith(Map.of("NAVAA_TRANSCRIPTION_BASE_URL", server.baseUrl()), meeting.toString(), "--transcribe"));
            assertTrue(message.startsWith("transcription failed: The transcription server " + server.baseUrl()), message);
            assertTrue(message.contains("HTTP 500 (CUDA out of memory)"), message);
        }
    }

    @Test
    void failuresNameTheFileAndTheReason() throws Exception {
        Path missing = folder.resolve("missing.wav");
        assertEquals(missing + ": no such audio file", failure(() -> diarize(missing.toString())));
        assertEquals(folder + ": not a file", failure(() -> diarize(folder.toString())));

        Path text = Files.writeString(folder.resolve("notes.wav"), "these are meeting notes, not audio\n".repeat(50));
        String unreadable = failure(() -> diarize(text.toString()));
        assertTrue(unreadable.startsWith("notes.wav "), unreadable);

        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"format\": \"something else\"}");
        assertEquals(broken + ": not a voice database export (format must be \"navaa-voice-database\")",
                failure(() -> diarize(meeting.toString(), "--db", broken.toString())));
        Path garbage = Files.writeString(folder.resolve("garbage.json"), "not json at all {");
        assertTrue(failure(() -> diarize(meeting.toString(), "--db", garbage.toString()))
                .startsWith(garbage + ": the voice database file is not valid JSON"));
        assertEquals(folder.resolve("none.json") + ": no such voice database file (./navaa enroll makes one, the server exports one)",
                failure(() -> diarize(meeting.toString(), "--db", folder.resolve("none.json").toString())));
        assertEquals(folder.resolve("no/such/folder.json") + ": no such folder to write the result into",
                failure(() -> diarize(meeting.toString(), "--out", folder.resolve("no/such/folder.json").toString())));
        assertEquals("", stdout());
    }

    @Test
    void aSampleWithTooLittleSpeechIsNamedAndTheDatabaseKept() throws Exception {
        Path db = twoVoices("kept.json");
        String before = Files.readString(db, StandardCharsets.UTF_8);
        Path quiet = TestAudio.wav(folder.resolve("quiet.wav"), SpokenAudio.concat(SpokenAudio.silence(2),
                java.util.Arrays.copyOf(SpokenAudio.say("Hi.", "en-us", folder), 6_000)));
        String message = failure(() -> enroll("--db", db.toString(), "Dan", bob.toString(), quiet.toString()));
        assertTrue(message.startsWith(quiet + " (sample 2) holds "), message);
        assertTrue(message.endsWith("at least 1 s of the speaker alone is needed"), message);
        assertEquals(before, Files.readString(db, StandardCharsets.UTF_8));

        Path broken = Files.writeString(folder.resolve("broken-db.json"), "[1, 2]");
        assertTrue(failure(() -> enroll("--db", broken.toString(), "Dan", bob.toString())).startsWith(broken + ": "));
        assertEquals("[1, 2]", Files.readString(broken), "a file that is not a database is never overwritten");
        assertEquals(folder.resolve("nope.wav") + ": no such sample file",
                failure(() -> enroll("--db", folder.resolve("new.json").toString(), "Dan", folder.resolve("nope.wav").toString())));
        assertFalse(Files.exists(folder.resolve("new.json")));
    }

    @Test
    void aLongSampleIsReadAsTheServerReadsIt() throws Exception {
        float[] once = SpokenAudio.say("I will read a few sentences so that the system knows my voice.", "en-us", folder);
        float[] repeated = new float[0];
        while (repeated.length < (SampleReader.MAX_SECONDS + 5) * TestAudio.RATE) {
            repeated = SpokenAudio.concat(repeated, once, SpokenAudio.silence(0.3));
        }
        Path longSample = TestAudio.wav(folder.resolve("long.wav"), repeated);
        VoiceDatabase voices = enroll("--db", folder.resolve("long.json").toString(), "Bob", longSample.toString());
        assertTrue(stdout().contains("only the first 120 s of " + longSample + " was used, as the server does"), stdout());
        assertTrue(voices.speakers().get(0).samples().get(0).speechSeconds() <= SampleReader.MAX_SECONDS);
    }

    @Test
    void exitStatusesFromMain() {
        assertEquals(Main.USAGE, Main.run(List.of(), out, err, false, embedder));
        assertEquals(Main.USAGE, Main.run(List.of("transcribe", "a.wav"), out, err, false, embedder));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("navaa: unknown command \"transcribe\""));
        assertEquals(Main.USAGE, Main.run(List.of("diarize", "a.wav", "--speakers", "many"), out, err, false, embedder));
        assertEquals(Main.FAILED, Main.run(List.of("diarize", folder.resolve("missing.wav").toString()), out, err, false, embedder));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("navaa diarize: " + folder.resolve("missing.wav") + ": no such audio file"));
        assertEquals(Main.OK, Main.run(List.of("diarize", "--help"), out, err, false, embedder));
        assertTrue(stdout().startsWith("usage: navaa diarize FILE"));
    }
}
