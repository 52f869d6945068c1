package navaa.jobs.control;

import java.util.Locale;
import java.util.Set;

/**
 * What a downloaded video needs before browsers play it, decided from its container (the file's
 * extension) and its streams' codecs as FFmpeg names them ({@code h264}, {@code aac}, {@code vp9},
 * ...; null for a stream it lacks). Browsers play MP4/M4V/MOV with H.264 and AAC, and WebM with
 * VP8/VP9 and Opus/Vorbis: such a file is kept as it is. The same streams in another container
 * (H.264/AAC in MKV or AVI, VP9/Opus in MKV) are remuxed without decoding; anything else is
 * transcoded to MP4 with H.264 (the shipped FFmpeg's libopenh264) and AAC.
 *
 * @param handling  what the job does with the file
 * @param extension the container the video ends in ({@code mp4}, {@code webm}, or the source's own when kept)
 * @param reason    what decided it, for the result and the log
 */
public record VideoPlan(Handling handling, String extension, String reason) {

    public enum Handling { KEEP, REMUX, TRANSCODE, REFUSE }

    private static final Set<String> MP4_FAMILY = Set.of("mp4", "m4v", "mov");
    private static final Set<String> WEB_VIDEO = Set.of("vp8", "vp9");
    private static final Set<String> WEB_AUDIO = Set.of("opus", "vorbis");

    /**
     * @param extension  the source file's extension, any case
     * @param videoCodec its video stream's codec, null when it has none
     * @param audioCodec its audio stream's codec, null when it has none
     */
    public static VideoPlan of(String extension, String videoCodec, String audioCodec) {
        String container = lower(extension);
        String video = lower(videoCodec);
        String audio = lower(audioCodec);
        if (video == null) {
            return new VideoPlan(Handling.REFUSE, null, "no video stream");
        }
        boolean mp4Streams = video.equals("h264") && (audio == null || audio.equals("aac"));
        boolean webmStreams = WEB_VIDEO.contains(video) && (audio == null || WEB_AUDIO.contains(audio));
        String streams = video + (audio == null ? "" : "/" + audio);
        if (mp4Streams && MP4_FAMILY.contains(container)) {
            return new VideoPlan(Handling.KEEP, container, streams + " in " + container + " plays in browsers");
        }
        if (webmStreams && "webm".equals(container)) {
            return new VideoPlan(Handling.KEEP, container, streams + " in webm plays in browsers");
        }
        if (mp4Streams) {
            return new VideoPlan(Handling.REMUX, "mp4", streams + " in " + container + " remuxed to mp4");
        }
        if (webmStreams) {
            return new VideoPlan(Handling.REMUX, "webm", streams + " in " + container + " remuxed to webm");
        }
        return new VideoPlan(Handling.TRANSCODE, "mp4", streams + " in " + container + " transcoded to h264/aac in mp4");
    }

    private static String lower(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }
}
