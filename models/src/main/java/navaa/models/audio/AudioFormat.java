package navaa.models.audio;

import java.util.Locale;
import java.util.Optional;

/** The containers the audio services accept, and write results in. */
public enum AudioFormat {
    MP3("mp3", "audio/mpeg"),
    WAV("wav", "audio/wav"),
    M4A("m4a", "audio/mp4"),
    FLAC("flac", "audio/flac");

    private final String extension;
    private final String mimeType;

    AudioFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** Without the dot, lower case: {@code "m4a"}. */
    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /**
     * The format a file name's extension claims. Only a hint for naming results: what a file
     * is comes from {@link FormatSniffer}, because names lie.
     */
    public static Optional<AudioFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (AudioFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
