package navaa.content.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubtitlesTest {

    /** Doc 002 §6.4, character for character. */
    static final String DOC_SRT = """
            1
            00:00:00,000 --> 00:00:03,200
            سلام به همه، خوش برگشتید!

            2
            00:00:03,200 --> 00:00:06,800
            امروز میخوام یه چیز جالب نشونتون بدم.""";

    /** Doc 002 §4.4.3's translated subtitle_text. */
    static final String DOC_TRANSLATED = "1\n00:00:00,000 --> 00:00:03,000\nسلام به همه، خوش برگشتید!\n\n2\n00:00:03,000 --> 00:00:06,000\nامروز میخوام یه چیز جالب نشونتون بدم.";

    @Test
    void theDocumentsExampleIsReadAndWrittenBackUnchanged() {
        Subtitles read = Subtitles.parse(DOC_SRT);
        assertEquals(List.of(new Cue(1, 0, 3200, List.of("سلام به همه، خوش برگشتید!")),
                new Cue(2, 3200, 6800, List.of("امروز میخوام یه چیز جالب نشونتون بدم."))), read.cues());
        assertEquals(DOC_SRT, read.toSrt());
        assertEquals(DOC_TRANSLATED, Subtitles.parse(DOC_TRANSLATED).toSrt());
        // a trailing newline, as most files have, reads the same
        assertEquals(DOC_SRT, Subtitles.parse(DOC_SRT + "\n\n").toSrt());
    }

    @Test
    void aBomCrlfNumberGapsAndMissingBlankLinesAreTolerated() {
        String srt = "\uFEFF7\r\n00:00:01,000 --> 00:00:02,500\r\nfirst line\r\nsecond line\r\n"
                + "12\r\n00:00:03,000 --> 00:00:04,000\r\nno blank line before me\r\n\r\n\r\n\r\n"
                + "00:00:05,000 --> 00:00:06,000\r\nno number at all\r\n";
        Subtitles read = Subtitles.parse(srt);
        assertEquals(List.of(new Cue(1, 1000, 2500, List.of("first line", "second line")),
                new Cue(2, 3000, 4000, List.of("no blank line before me")),
                new Cue(3, 5000, 6000, List.of("no number at all"))), read.cues());
        assertEquals("1\n00:00:01,000 --> 00:00:02,500\nfirst line\nsecond line\n\n2\n00:00:03,000 --> 00:00:04,000\n"
                + "no blank line before me\n\n3\n00:00:05,000 --> 00:00:06,000\nno number at all", read.toSrt());
        assertEquals(read, Subtitles.parse(srt.replace("\r\n", "\r")));
    }

    @Test
    void srtMarkupIsKeptAsWrittenAndRemovedForShowing() {
        Cue cue = Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:100 Y1:10 Y2:50\n{\\an8}<i>Hello</i> <font color=\"#ff0\">there</font>\n<b></b>\n")
                .cues().get(0);
        assertEquals(List.of("{\\an8}<i>Hello</i> <font color=\"#ff0\">there</font>", "<b></b>"), cue.lines());
        assertEquals(List.of("Hello there"), cue.shownLines());
    }

    @Test
    void webVttHeaderBlocksSettingsAndMarkup() {
        String vtt = """
                WEBVTT - a talk
                Kind: captions
                Language: en

                STYLE
                ::cue { color: yellow }

                NOTE made by yt-dlp
                00:00.000 --> 00:01.000 is not a cue here

                intro
                00:00.000 --> 00:01.500 align:start position:10%
                <v Roger>cooking <00:00.500><c.yellow>tutorials</c> &amp; <i>more</i>&nbsp;!

                01:00:02.5 --> 01:00:03.25
                the end &lt;3
                """;
        Subtitles read = Subtitles.parse(vtt);
        assertEquals(List.of(new Cue(1, 0, 1500, List.of("cooking tutorials & <i>more</i>\u00A0!")),
                new Cue(2, 3_602_500, 3_603_250, List.of("the end <3"))), read.cues());
        assertEquals("1\n00:00:00,000 --> 00:00:01,500\ncooking tutorials & <i>more</i>\u00A0!\n\n"
                + "2\n01:00:02,500 --> 01:00:03,250\nthe end <3", read.toSrt());
    }

    @Test
    void aFractionIsAFractionAndMillisecondsMayBeLeftOut() {
        Subtitles read = Subtitles.parse("1\n0:0:1,5 --> 00:00:02\nhi\n");
        assertEquals(1500, read.cues().get(0).startMillis());
        assertEquals(2000, read.cues().get(0).endMillis());
        assertEquals("1\n00:00:01,500 --> 00:00:02,000\nhi", read.toSrt());
    }

    @Test
    void aCueWithoutTextIsLeftOutAndTheRestRenumbered() {
        Subtitles read = Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000\n\n2\n00:00:03,000 --> 00:00:04,000\nkept\n");
        assertEquals(List.of(new Cue(1, 3000, 4000, List.of("kept"))), read.cues());
    }

    @Test
    void timesAreWrittenWithTwoDigitHoursUpToTheLast() {
        assertEquals("00:00:00,000", Subtitles.time(0));
        assertEquals("01:02:03,004", Subtitles.time(3_723_004));
        assertEquals("99:59:59,999", Subtitles.time(Subtitles.MAX_MILLIS));
    }

    @Test
    void unreadableFilesAreRefusedNamingTheLine() {
        assertTrue(assertThrows(SubtitleFormatException.class, () -> Subtitles.parse("hello\nworld\n")).getMessage()
                .startsWith("no cue found"));
        assertThrows(SubtitleFormatException.class, () -> Subtitles.parse(""));
        assertThrows(SubtitleFormatException.class, () -> Subtitles.parse("WEBVTT\n\nNOTE only\n"));

        SubtitleFormatException backwards = assertThrows(SubtitleFormatException.class,
                () -> Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:05,000 --> 00:00:04,000\nback\n"));
        assertEquals(6, backwards.line());
        assertEquals("line 6: the cue ends (00:00:04,000) before it starts (00:00:05,000)", backwards.getMessage());

        assertEquals(2, assertThrows(SubtitleFormatException.class,
                () -> Subtitles.parse("1\n00:61:00,000 --> 00:62:00,000\nx\n")).line());
        assertEquals(2, assertThrows(SubtitleFormatException.class,
                () -> Subtitles.parse("1\n100:00:00,000 --> 100:00:01,000\nx\n")).line());
    }

    @Test
    void everyBoundIsEnforced() {
        String longLine = "ی".repeat(600);
        SubtitleFormatException longCue = assertThrows(SubtitleFormatException.class,
                () -> Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000\n" + longLine + "\n" + longLine + "\n"));
        assertEquals(4, longCue.line());
        assertEquals(1, Subtitles.parse("1\n00:00:01,000 --> 00:00:02,000\n" + "ی".repeat(Subtitles.MAX_CUE_CHARS) + "\n").cues().size());

        assertTrue(assertThrows(SubtitleFormatException.class, () -> Subtitles.parse("x".repeat(Subtitles.MAX_CHARS + 1)))
                .getMessage().contains("longer than"));

        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= Subtitles.MAX_CUES; i++) {
            many.append("00:00:01,000 --> 00:00:02,000\nw\n\n");
        }
        assertTrue(assertThrows(SubtitleFormatException.class, () -> Subtitles.parse(many.toString())).getMessage()
                .contains("more than " + Subtitles.MAX_CUES + " cues"));
        assertThrows(SubtitleFormatException.class, () -> new Subtitles(List.of()));
    }

    @Test
    void newWordsKeepEveryNumberAndTiming() {
        Subtitles read = Subtitles.parse(DOC_SRT);
        Subtitles english = read.withLines(List.of(List.of("Hello everyone, welcome back!"), List.of("Today I want", "to show you something.")));
        assertEquals("1\n00:00:00,000 --> 00:00:03,200\nHello everyone, welcome back!\n\n2\n00:00:03,200 --> 00:00:06,800\n"
                + "Today I want\nto show you something.", english.toSrt());
        assertThrows(IllegalArgumentException.class, () -> read.withLines(List.of(List.of("one"))));
    }
}
