package navaa.jobs.entity;

/** An upload as stored and probed: where it is, what it is. */
public record JobInput(String name, String path, String format, long size, double duration,
                       int sampleRate, int channels, long bitRate) {
}
