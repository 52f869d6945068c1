package navaa.jobs.control;

import java.io.Serializable;
import java.util.Map;

/**
 * What one audio job does, as the batch steps need it: where the input is, where the
 * work and the output go, the audio's own rate and channels, and the service's knobs.
 * Paths are strings so the record crosses the EJB boundary as plain data.
 */
public record AudioTask(long jobId, String kind, String input, String workDir, String output, String format,
                        int sampleRate, int channels, long totalFrames, long bitRate,
                        Map<String, String> parameters) implements Serializable {

    public String parameter(String name) {
        return parameters.get(name);
    }
}
