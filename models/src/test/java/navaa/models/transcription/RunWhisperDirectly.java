package navaa.models.transcription;

import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperFullParams;
import io.github.givimad.whisperjni.WhisperJNI;

import java.nio.file.Path;

/**
 * Runs whisper.cpp on a model file with none of {@link GgmlWhisperFile}'s checks, in a JVM of
 * its own: what a file would do to the server if the checks let it through. Exits 0 when
 * whisper.cpp survived one segment, 2 when it refused the file.
 */
final class RunWhisperDirectly {

    private RunWhisperDirectly() {
    }

    public static void main(String[] args) throws Exception {
        WhisperJNI.loadLibrary();
        WhisperJNI whisper = new WhisperJNI();
        try (WhisperContext context = whisper.init(Path.of(args[0]))) {
            if (context == null) {
                System.exit(2);
            }
            WhisperFullParams params = new WhisperFullParams();
            params.language = "en";
            params.noTimestamps = true;
            params.singleSegment = true;
            whisper.full(context, params, new float[32_000], 32_000);
        }
        System.exit(0);
    }

    /** Runs {@link #main} in a new JVM on the test class path; the exit code and its output. */
    static Result inNewJvm(Path model) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, RunWhisperDirectly.class.getName(), model.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    record Result(int exitCode, String output) {
    }
}
