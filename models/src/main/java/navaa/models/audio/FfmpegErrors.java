package navaa.models.audio;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.file.Path;

/** FFmpeg's negative return codes turned into {@link AudioException}s a user can read. */
final class FfmpegErrors {

    private FfmpegErrors() {
    }

    /** FFmpeg's own wording, e.g. "Invalid data found when processing input". */
    static String describe(int code) {
        byte[] text = new byte[256];
        if (av_strerror(code, text, text.length) < 0) {
            return "FFmpeg error " + code;
        }
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Throws {@link AudioException.Reason#UNREADABLE} if {@code code} is an error. */
    static int checkRead(int code, Path file, String doing) {
        if (code < 0) {
            throw new AudioException(AudioException.Reason.UNREADABLE,
                    nameOf(file) + " could not be read as audio (" + doing + ": " + describe(code) + ")");
        }
        return code;
    }

    /** Throws {@link AudioException.Reason#WRITE_FAILED} if {@code code} is an error. */
    static int checkWrite(int code, Path file, String doing) {
        if (code < 0) {
            throw new AudioException(AudioException.Reason.WRITE_FAILED,
                    nameOf(file) + " could not be written (" + doing + ": " + describe(code) + ")");
        }
        return code;
    }

    /** Only the file's name: messages go to users, who must not see the server's folders. */
    static String nameOf(Path file) {
        Path name = file.getFileName();
        return name == null ? "The file" : name.toString();
    }
}
