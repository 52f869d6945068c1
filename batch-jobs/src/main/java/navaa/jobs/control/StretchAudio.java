package navaa.jobs.control;

/** A stretch of speech as the reader hands it on: its samples (16 kHz mono), where they start, and which of how many stretches it is. */
public record StretchAudio(double offsetSeconds, float[] samples, int number, int of) {
}
