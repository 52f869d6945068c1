package navaa.models.transcription;

/** The recording's 16 kHz mono samples between two times in seconds, as a transcriber asks for them. */
@FunctionalInterface
public interface AudioRange {

    float[] read(double from, double to);
}
