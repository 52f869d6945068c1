package navaa.models;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Loads the native code the models depend on and says which version is there. Called
 * at start-up and by health checks, so a missing or broken FFmpeg is reported before a
 * job needs it rather than in the middle of one.
 */
public final class NativeLibraries {

    private NativeLibraries() {
    }

    /** The FFmpeg version, loading the libraries if they are not loaded yet. */
    public static String ffmpegVersion() {
        String version = avutil.av_version_info().getString();
        // avcodec is the library the audio services use most; touching it loads it too
        return version + " (avcodec " + versionText(avcodec.avcodec_version()) + ")";
    }

    private static String versionText(int packed) {
        return (packed >>> 16) + "." + ((packed >>> 8) & 0xff) + "." + (packed & 0xff);
    }
}
