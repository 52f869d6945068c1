package navaa.models.diarization.cli;

import navaa.models.diarization.DiarizationFormats;
import navaa.models.diarization.DiarizationSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {

    private static DiarizeOptions diarize(String... words) throws UsageError {
        return DiarizeOptions.parse(List.of(words));
    }

    private static String refused(String... words) {
        return assertThrows(UsageError.class, () -> diarize(words)).getMessage();
    }

    @Test
    void defaultsAreJsonOnStandardOutputWithTheDocumentsWindows() throws Exception {
        DiarizeOptions options = diarize("talk.wav");
        assertEquals(Path.of("talk.wav"), options.audio());
        assertEquals(DiarizationFormats.JSON, options.format());
        assertEquals(Optional.empty(), options.out());
        assertEquals(Optional.empty(), options.voices());
        assertEquals(DiarizationSettings.defaults(), options.settings());
    }

    @Test
    void everyOptionInBothSpellingsAndAnyOrder() throws Exception {
        DiarizeOptions options = diarize("--db", "voices.json", "--speakers=3", "in/talk.mp3", "--format", "TXT", "--out=r.txt",
                "--window", "2", "--hop=0.25");
        assertEquals(Path.of("in/talk.mp3"), options.audio());
        assertEquals(Optional.of(Path.of("voices.json")), options.voices());
        assertEquals(new DiarizationSettings(OptionalInt.of(3), 2, 0.25), options.settings());
        assertEquals(DiarizationFormats.TXT, options.format());
        assertEquals(Optional.of(Path.of("r.txt")), options.out());
    }

    @Test
    void subtitlesGoBesideTheAudioUnlessToldOtherwise() throws Exception {
        assertEquals(Optional.of(Path.of("in/talk.srt")), diarize("in/talk.mp3", "--format", "srt").out());
        assertEquals(Optional.of(Path.of("noext.vtt")), diarize("noext", "--format", "vtt").out());
        assertEquals(Optional.empty(), diarize("talk.wav", "--format", "srt", "--out", "-").out());
        assertEquals(Optional.of(Path.of("x.json")), diarize("talk.wav", "--out", "x.json").out());
    }

    @Test
    void transcribeIsAFlagWithAnOptionalLanguage() throws Exception {
        assertFalse(diarize("talk.wav").transcribe());
        assertTrue(diarize("talk.wav", "--transcribe").transcribe());
        assertEquals(Optional.empty(), diarize("talk.wav", "--transcribe").language());
        DiarizeOptions persian = diarize("--transcribe", "talk.wav", "--language", "FA");
        assertTrue(persian.transcribe());
        assertEquals(Optional.of("fa"), persian.language());
        assertEquals(Path.of("talk.wav"), persian.audio());
        assertEquals("--transcribe takes no value", refused("talk.wav", "--transcribe=yes"));
        assertEquals("--transcribe is given twice", refused("talk.wav", "--transcribe", "--transcribe"));
        assertEquals("--language must be fa or en, not \"de\"", refused("talk.wav", "--transcribe", "--language", "de"));
        assertEquals("--language is the language to transcribe in: give --transcribe too", refused("talk.wav", "--language", "en"));
    }

    @Test
    void aFileNamedLikeAnOptionAfterDoubleDash() throws Exception {
        assertEquals(Path.of("--odd.wav"), diarize("--speakers", "2", "--", "--odd.wav").audio());
    }

    @Test
    void wrongCommandLinesSayWhatIsWrong() {
        assertEquals("which audio file? (FILE is missing)", refused());
        assertTrue(refused("a.wav", "b.wav").startsWith("one audio file at a time"));
        assertEquals("unknown option --speaker", refused("a.wav", "--speaker", "2"));
        assertEquals("unknown option -s", refused("a.wav", "-s", "2"));
        assertEquals("--speakers needs a value", refused("a.wav", "--speakers"));
        assertEquals("--db is given twice", refused("a.wav", "--db", "x", "--db=y"));
        assertEquals("--format must be json, txt, srt or vtt, not \"rttm\"", refused("a.wav", "--format", "rttm"));
        assertEquals("FILE is empty", refused(""));
    }

    @Test
    void badNumbersNameTheOption() {
        assertTrue(refused("a.wav", "--speakers", "two").startsWith("--speakers must be a whole number of speakers (1–50)"));
        assertTrue(refused("a.wav", "--speakers", "2.5").startsWith("--speakers must be a whole number"));
        assertEquals("--speakers must be 1–50, not 0", refused("a.wav", "--speakers", "0"));
        assertEquals("--speakers must be 1–50, not -1", refused("a.wav", "--speakers", "-1"));
        assertEquals("--speakers must be 1–50, not 51", refused("a.wav", "--speakers=51"));
        assertEquals("--window must be a number of seconds, not \"long\"", refused("a.wav", "--window", "long"));
        assertTrue(refused("a.wav", "--window", "20").startsWith("--window must be 0.5–10 seconds"));
        assertTrue(refused("a.wav", "--hop", "2").startsWith("--hop must be 0.1 seconds up to --window"));
        assertTrue(refused("a.wav", "--hop", "NaN").startsWith("--hop must be"));
    }

    @Test
    void enrolTakesAPersianNameAndSamplesInOrder() throws Exception {
        EnrollOptions options = EnrollOptions.parse(List.of("--db", "voices.json", " علی رضایی ", "a.wav", "b.m4a"));
        assertEquals(Path.of("voices.json"), options.voices());
        assertEquals("علی رضایی", options.name());
        assertEquals(List.of(Path.of("a.wav"), Path.of("b.m4a")), options.samples());
    }

    @Test
    void enrolNeedsTheDatabaseANameAndASample() {
        assertTrue(assertThrows(UsageError.class, () -> EnrollOptions.parse(List.of("ali", "a.wav"))).getMessage().startsWith("--db is needed"));
        assertEquals("NAME and at least one SAMPLE are missing",
                assertThrows(UsageError.class, () -> EnrollOptions.parse(List.of("--db", "v.json"))).getMessage());
        assertEquals("at least one SAMPLE of ali speaking alone is needed",
                assertThrows(UsageError.class, () -> EnrollOptions.parse(List.of("--db", "v.json", "ali"))).getMessage());
        assertEquals("NAME is empty", assertThrows(UsageError.class, () -> EnrollOptions.parse(List.of("--db", "v.json", " ", "a.wav"))).getMessage());
        assertEquals("unknown option --speakers",
                assertThrows(UsageError.class, () -> EnrollOptions.parse(List.of("--db", "v.json", "--speakers", "2", "ali", "a.wav"))).getMessage());
    }

    @Test
    void argumentsKeepALoneDashAsAnOperand() throws Exception {
        Arguments arguments = Arguments.parse(List.of("-", "--db=", "x"), Set.of("db"));
        assertEquals(List.of("-", "x"), arguments.operands());
        assertEquals(Optional.of(""), arguments.option("db"));
    }
}
