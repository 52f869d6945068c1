package navaa.models.denoise;

import ai.djl.engine.Engine;
import ai.djl.util.Utils;
import org.tensorflow.lite.TensorFlowLite;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads DJL's TFLite engine offline, with its native library in a chosen folder.
 * <p>
 * Offline: unless {@code ai.djl.offline} is true, DJL's engine start-up "calls home" (it
 * asks the EC2 metadata address 169.254.169.254 and posts to a telemetry bucket; seen with
 * strace), and an engine without its native jar on the class path downloads the library
 * from publish.djl.ai. The environment variable {@code DJL_OFFLINE} overrides the
 * property, so a {@code DJL_OFFLINE=false} is refused here rather than obeyed.
 * <p>
 * Native library: DJL copies {@code libtensorflowlite_jni.so} out of the
 * {@code tflite-native-cpu} jar into
 * {@code <ENGINE_CACHE_DIR>/tflite/2.6.2-20220112-cpu-linux-x86_64/} and loads it from
 * there. {@code ENGINE_CACHE_DIR} is read as an environment variable first, then as a
 * system property; when neither is set DJL uses {@code <DJL_CACHE_DIR>} (same lookup),
 * then {@code ~/.djl.ai}, then {@code <java.io.tmpdir>/.djl.ai}. The library loads once per
 * JVM, so the first start decides the folder. The properties set here are JVM-wide and
 * also steer any other DJL engine.
 */
public final class TfLiteRuntime {

    /** DJL's name of the engine. */
    static final String ENGINE = "TFLite";
    private static final System.Logger LOG = System.getLogger(TfLiteRuntime.class.getName());
    private static Path engineFolder;

    private TfLiteRuntime() {
    }

    /**
     * Loads the engine with its native library under {@code cacheFolder}; the server calls
     * this at start-up with a folder of its runtime directory, before any model loads.
     *
     * @return the folder DJL keeps the TFLite library in, {@code <cacheFolder>/tflite}
     * @throws IllegalStateException when the engine was already started elsewhere, or the
     *         environment overrides the folder or offline mode
     */
    public static synchronized Path start(Path cacheFolder) {
        Path wanted = cacheFolder.toAbsolutePath().normalize();
        if (engineFolder == null) {
            System.setProperty("ENGINE_CACHE_DIR", wanted.toString());
            // checked before loading, so that a refused folder gets no library either
            requireUnder(tfliteFolder(), wanted);
            load();
        }
        requireUnder(engineFolder, wanted);
        return engineFolder;
    }

    /**
     * Loads the engine if it is not loaded, with DJL's own choice of folder (see the class
     * comment); the models call this.
     *
     * @return the folder DJL keeps the TFLite library in
     */
    public static synchronized Path start() {
        if (engineFolder == null) {
            load();
        }
        return engineFolder;
    }

    /** The folder of the TFLite library once the engine is loaded, e.g. for a health check. */
    public static synchronized Optional<Path> libraryFolder() {
        return Optional.ofNullable(engineFolder);
    }

    private static void load() {
        System.setProperty("ai.djl.offline", "true");
        if (!Utils.isOfflineMode()) {
            throw new IllegalStateException("the environment variable DJL_OFFLINE=" + System.getenv("DJL_OFFLINE")
                    + " turns DJL's offline mode off, and DJL would then use the network; unset it");
        }
        Path folder = tfliteFolder();
        Engine.getEngine(ENGINE);
        engineFolder = folder;
        // Engine.getVersion() says 2.4.1 whatever library it loaded; ask the library itself
        LOG.log(System.Logger.Level.INFO, "DJL TFLite engine loaded offline: TensorFlow Lite {0}, native library under {1}",
                TensorFlowLite.runtimeVersion(), folder);
    }

    private static Path tfliteFolder() {
        return Utils.getEngineCacheDir("tflite").toAbsolutePath().normalize();
    }

    private static void requireUnder(Path folder, Path wanted) {
        if (!folder.startsWith(wanted)) {
            throw new IllegalStateException("the TFLite native library is in " + folder + ", not under " + wanted
                    + ": the engine was started before, or the environment variable ENGINE_CACHE_DIR overrides"
                    + " the folder");
        }
    }
}
