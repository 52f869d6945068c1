package navaa.models.diarization.cli;

import navaa.models.audio.AudioException;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.Enrolment;

import java.nio.file.Path;
import java.util.Arrays;

/** An enrolment sample, any format FFmpeg reads, as the 16 kHz mono samples {@link Enrolment} takes. */
final class SampleReader {

    /** A sample is a minute or two of one voice; ten minutes (38 MB of samples) is plenty and keeps memory bounded. */
    static final int MAX_SECONDS = 600;

    private SampleReader() {
    }

    static float[] read(Path file) throws CommandFailure {
        CommandInputs.requireFile(file, "sample");
        try (PcmDecoder decoder = PcmDecoder.open(file, Enrolment.RATE, 1)) {
            float[] samples = new float[Enrolment.RATE * 30];
            float[] block = new float[Enrolment.RATE];
            int length = 0;
            int frames;
            while ((frames = decoder.read(block, block.length)) > 0) {
                if ((long) length + frames > (long) MAX_SECONDS * Enrolment.RATE) {
                    throw new CommandFailure(file + ": a sample longer than " + MAX_SECONDS / 60
                            + " minutes; a minute or two of the speaker alone is enough");
                }
                if (length + frames > samples.length) {
                    samples = Arrays.copyOf(samples, Math.max(samples.length * 2, length + frames));
                }
                System.arraycopy(block, 0, samples, length, frames);
                length += frames;
            }
            return Arrays.copyOf(samples, length);
        } catch (AudioException e) {
            throw new CommandFailure(file + ": " + e.getMessage(), e);
        }
    }
}
