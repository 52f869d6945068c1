package navaa.models.diarization;

import java.util.OptionalInt;

/**
 * How to diarize: the number of speakers when known (absent: found from the audio), and the
 * embedding windows (doc 000 §9: {@code window_size} 1.5 s, {@code hop_size} 0.5 s).
 */
public record DiarizationSettings(OptionalInt speakers, double windowSeconds, double hopSeconds) {

    public static final double DEFAULT_WINDOW = 1.5;
    public static final double DEFAULT_HOP = 0.5;
    public static final int MAX_SPEAKERS = 50;

    public DiarizationSettings {
        if (speakers.isPresent() && (speakers.getAsInt() < 1 || speakers.getAsInt() > MAX_SPEAKERS)) {
            throw new IllegalArgumentException("num_speakers must be 1–" + MAX_SPEAKERS + ", not " + speakers.getAsInt());
        }
        if (!(windowSeconds >= 0.5 && windowSeconds <= 10)) {
            throw new IllegalArgumentException("window_size must be 0.5–10 seconds, not " + windowSeconds);
        }
        if (!(hopSeconds >= 0.1 && hopSeconds <= windowSeconds)) {
            throw new IllegalArgumentException("hop_size must be 0.1 seconds up to window_size, not " + hopSeconds);
        }
    }

    public static DiarizationSettings defaults() {
        return new DiarizationSettings(OptionalInt.empty(), DEFAULT_WINDOW, DEFAULT_HOP);
    }

    public DiarizationSettings withSpeakers(int count) {
        return new DiarizationSettings(OptionalInt.of(count), windowSeconds, hopSeconds);
    }
}
