package navaa.jobs.control;

import java.io.Serializable;

/**
 * One output file cut from the processed channels: {@code channels} channels from
 * {@code firstChannel}, known to the API as {@code name} ({@code output}, {@code vocals},
 * {@code instrumental}) and written as {@code <input stem>_<suffix>.<ext>}.
 */
public record OutputStem(String name, String suffix, int firstChannel, int channels) implements Serializable {

    /** The one output of a job that makes one. */
    public static OutputStem single(String suffix, int channels) {
        return new OutputStem("output", suffix, 0, channels);
    }
}
