package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SidecarCaptionsTest {

    @Test
    void srtGivesTheWordsOfEachCue() {
        String srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>سلام</i> دوستان\r\nخوش آمدید\r\n\r\n"
                + "2\r\n00:00:03,000 --> 00:00:04,000\r\n{\\an8}Today: Python\r\n";

        assertEquals(List.of("سلام دوستان خوش آمدید", "Today: Python"), SidecarCaptions.cues(srt));
    }

    @Test
    void vttSkipsItsHeaderNotesAndIdentifiersAndRollUpRepeats() {
        String vtt = """
                WEBVTT
                Kind: captions
                Language: en

                NOTE made by yt-dlp
                of a live stream

                intro
                00:00.000 --> 00:01.000 align:start position:0%
                cooking <00:00.500><c>tutorials</c>

                00:01.000 --> 00:02.000
                cooking tutorials

                01:00:02.000 --> 01:00:03.000
                the end
                """;

        assertEquals(List.of("cooking tutorials", "the end"), SidecarCaptions.cues(vtt));
    }
}
