package navaa.models.denoise;

import java.nio.file.Path;

/** Keeps the tests' copy of the TFLite library in target/ rather than in ~/.djl.ai. */
final class TestEngine {

    private TestEngine() {
    }

    /** Starts the engine with its library under target/djl, unless something started it already. */
    static void start() {
        if (TfLiteRuntime.libraryFolder().isEmpty()) {
            TfLiteRuntime.start(Path.of("target", "djl"));
        }
    }
}
