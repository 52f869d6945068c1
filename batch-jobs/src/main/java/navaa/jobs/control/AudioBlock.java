package navaa.jobs.control;

/** One block of interleaved samples on its way through a chunk step; {@link #END} closes the stream. */
public record AudioBlock(float[] samples, int frames) {

    /** After the last block: the writer flushes the kernel's latency tail on it. */
    public static final AudioBlock END = new AudioBlock(new float[0], 0);

    public boolean isEnd() {
        return this == END || frames == 0;
    }
}
