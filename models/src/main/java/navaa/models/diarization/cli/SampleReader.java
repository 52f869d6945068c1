package navaa.models.diarization.cli;

import navaa.models.audio.AudioException;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.Enrolment;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * An enrolment sample, any format FFmpeg reads, as the 16 kHz mono samples {@link Enrolment}
 * takes: its first {@link #MAX_SECONDS} seconds, as the server's enrolment reads an upload,
 * so that the same files give the same voice print here and there.
 */
final class SampleReader {

    /** The server's limit (web-module VoiceSamples.MAX_SECONDS): more adds little to a voice print. */
    static final int MAX_SECONDS = 120;

    /** @param cut whether the file went on past {@link #MAX_SECONDS} */
    record Sample(float[] audio, boolean cut) {
    }

    private SampleReader() {
    }

    static Sample read(Path file) throws CommandFailure {
        CommandInputs.requireFile(file, "sample");
        try (PcmDecoder decoder = PcmDecoder.open(file, Enrolment.RATE, 1)) {
            float[] audio = new float[MAX_SECONDS * Enrolment.RATE];
            int frames = decoder.read(audio, audio.length);
            boolean cut = frames == audio.length && decoder.read(new float[1], 1) > 0;
            return new Sample(frames == audio.length ? audio : Arrays.copyOf(audio, frames), cut);
        } catch (AudioException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
