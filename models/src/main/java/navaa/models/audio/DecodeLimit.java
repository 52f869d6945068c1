package navaa.models.audio;

/**
 * The most audio one file may decode to, in samples (length × sample rate × channels of the
 * file's own stream). Compressed audio can decode to far more than its size suggests: a
 * 1 MB FLAC of constant subframes holds some 10⁹ samples per channel, and its header may
 * state any length. Decoding time and the float PCM a job writes (4 bytes a sample at the
 * working rate) grow with the samples, not the bytes, so this is the one number that bounds
 * both, whatever mix of length, rate and channels a file has.
 *
 * <p>Like the XML parsers' entity-expansion limits, it is a ceiling for the whole process:
 * every {@link PcmDecoder} opened without a limit of its own stops there. A server sets it
 * once, from its configuration, before it decodes anything.
 */
public final class DecodeLimit {

    /**
     * Four hours of 48 kHz stereo (1,382,400,000 samples, 5.5 GB as float PCM): twice the
     * two-hour 44.1 kHz stereo recordings the services are measured on.
     */
    public static final long DEFAULT_MAX_SAMPLES = 4L * 3600 * 48_000 * 2;

    private static volatile long maxSamples = DEFAULT_MAX_SAMPLES;

    private DecodeLimit() {
    }

    /** The ceiling decoders opened without a limit of their own use. */
    public static long maxSamples() {
        return maxSamples;
    }

    /** @param samples at least 1 */
    public static void setMaxSamples(long samples) {
        maxSamples = requirePositive(samples);
    }

    /** Samples a stream of this length, rate and channel count decodes to (rounded up). */
    public static long samplesOf(double seconds, int sampleRate, int channels) {
        return (long) Math.ceil(Math.max(0, seconds) * Math.max(0, sampleRate) * Math.max(0, channels));
    }

    /** Samples as hours of 44.1 kHz stereo, the recordings people know, for messages. */
    public static double hoursOf44kHzStereo(long samples) {
        return samples / (3600.0 * 44_100 * 2);
    }

    static long requirePositive(long samples) {
        if (samples < 1) {
            throw new IllegalArgumentException("the decoded samples limit must be at least 1: " + samples);
        }
        return samples;
    }
}
