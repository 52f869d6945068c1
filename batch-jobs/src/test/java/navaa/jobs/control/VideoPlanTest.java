package navaa.jobs.control;

import navaa.jobs.control.VideoPlan.Handling;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VideoPlanTest {

    @Test
    void whatBrowsersPlayIsKeptInItsOwnContainer() {
        assertEquals(new VideoPlan(Handling.KEEP, "mp4", "h264/aac in mp4 plays in browsers"), VideoPlan.of("MP4", "h264", "aac"));
        assertEquals(Handling.KEEP, VideoPlan.of("m4v", "h264", null).handling());
        assertEquals("mov", VideoPlan.of("mov", "h264", "aac").extension());
        assertEquals(Handling.KEEP, VideoPlan.of("webm", "vp9", "opus").handling());
        assertEquals(Handling.KEEP, VideoPlan.of("webm", "vp8", "vorbis").handling());
    }

    @Test
    void playableStreamsInAnotherContainerAreRemuxed() {
        assertEquals(new VideoPlan(Handling.REMUX, "mp4", "h264/aac in mkv remuxed to mp4"), VideoPlan.of("mkv", "h264", "aac"));
        assertEquals(new VideoPlan(Handling.REMUX, "mp4", "h264 in avi remuxed to mp4"), VideoPlan.of("avi", "h264", null));
        assertEquals(new VideoPlan(Handling.REMUX, "webm", "vp9/opus in mkv remuxed to webm"), VideoPlan.of("mkv", "vp9", "opus"));
    }

    @Test
    void anythingElseIsTranscodedToH264AndAacInMp4() {
        assertEquals(new VideoPlan(Handling.TRANSCODE, "mp4", "mpeg4 in mp4 transcoded to h264/aac in mp4"), VideoPlan.of("mp4", "mpeg4", null));
        assertEquals(Handling.TRANSCODE, VideoPlan.of("mkv", "hevc", "aac").handling());
        // H.264 with an audio codec browsers do not take in MP4 everywhere (AC-3) is transcoded, not remuxed
        assertEquals(Handling.TRANSCODE, VideoPlan.of("mkv", "h264", "ac3").handling());
        assertEquals(Handling.TRANSCODE, VideoPlan.of("webm", "av1", "opus").handling());
        assertEquals(Handling.TRANSCODE, VideoPlan.of("mp4", "h264", "mp3").handling());
    }

    @Test
    void aFileWithoutVideoIsRefused() {
        assertEquals(Handling.REFUSE, VideoPlan.of("mp4", null, "aac").handling());
        assertEquals(Handling.REFUSE, VideoPlan.of("mkv", " ", null).handling());
    }

    @Test
    void theFilePathIsTheDocumentsVideosFolder() {
        assertEquals("videos/990e8400-e29b-41d4-a716-446655440000.mp4",
                ContentDownloadTask.relativePath("990e8400-e29b-41d4-a716-446655440000", "MP4"));
        assertEquals("mkv", ContentDownloadTask.extension("a.b/Film.MKV"));
        assertEquals("", ContentDownloadTask.extension("film"));
    }
}
