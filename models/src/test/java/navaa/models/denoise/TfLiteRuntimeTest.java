package navaa.models.denoise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine loads once per JVM, so each case runs {@link #main} in a JVM of its own, with
 * the environment the case needs.
 */
class TfLiteRuntimeTest {

    @Test
    void putsTheNativeLibraryInTheChosenFolder(@TempDir Path folder) throws Exception {
        Result result = startIn(folder, Map.of());
        assertEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("started " + folder.resolve("tflite")), result.output);
        try (Stream<Path> files = Files.walk(folder)) {
            List<String> names = files.map(path -> folder.relativize(path).toString()).toList();
            assertTrue(names.contains("tflite/2.6.2-20220112-cpu-linux-x86_64/libtensorflowlite_jni.so"),
                    names.toString());
        }
    }

    @Test
    void refusesToGoOnlineWhenTheEnvironmentSaysSo(@TempDir Path folder) throws Exception {
        Result result = startIn(folder, Map.of("DJL_OFFLINE", "false"));
        assertEquals(3, result.exit, result.output);
        assertTrue(result.output.contains("DJL_OFFLINE=false"), result.output);
    }

    @Test
    void refusesAFolderTheEnvironmentOverrides(@TempDir Path folder) throws Exception {
        Result result = startIn(folder.resolve("wanted"), Map.of("ENGINE_CACHE_DIR", folder.resolve("env").toString()));
        assertEquals(3, result.exit, result.output);
        assertTrue(result.output.contains("overrides the folder"), result.output);
    }

    /** Starts the runtime with the folder {@code args[0]}; exit 3 when it refuses. */
    public static void main(String[] args) {
        try {
            System.out.println("started " + TfLiteRuntime.start(Path.of(args[0])));
        } catch (IllegalStateException e) {
            System.out.println("refused: " + e.getMessage());
            System.exit(3);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result startIn(Path folder, Map<String, String> environment) throws IOException, InterruptedException {
        // surefire runs the tests from a manifest-only jar and names the real class path here
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp", classPath,
                TfLiteRuntimeTest.class.getName(), folder.toString()).redirectErrorStream(true);
        builder.environment().remove("DJL_OFFLINE");
        builder.environment().remove("ENGINE_CACHE_DIR");
        builder.environment().remove("DJL_CACHE_DIR");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child JVM hangs: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
