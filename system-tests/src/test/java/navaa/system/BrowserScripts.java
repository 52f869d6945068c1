package navaa.system;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Node scripts of {@code src/test/js} that drive Debian's Chromium through playwright-core,
 * run from the folder the build copies them to and installs playwright-core in.
 */
final class BrowserScripts {

    static final Path DIR = Path.of(System.getProperty("navaa.it.consoleBrowserDir", "target/console-browser"));
    static final String CHROMIUM = System.getProperty("navaa.it.chromium", "/usr/bin/chromium");

    private BrowserScripts() {
    }

    /** Runs a script with this server's address and the browser in its environment; its output, once it has ended well. */
    static String run(String script, Map<String, String> environment, Duration timeout) throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is missing: apt-get install chromium (.ci/run does)");
        assertTrue(Files.isDirectory(DIR.resolve("node_modules/playwright-core")),
                "playwright-core is not installed in " + DIR + ": the build's install-playwright step installs it");
        Path log = DIR.resolve(script.replaceFirst("\\.[^.]+$", "") + ".log");
        ProcessBuilder node = new ProcessBuilder("node", script)
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", Http.BASE);
        node.environment().put("CHROMIUM", CHROMIUM);
        node.environment().putAll(environment);
        Process run = node.start();
        boolean ended = run.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!ended) {
            run.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, () -> script + " did not end in " + timeout.toSeconds() + " s:\n" + output);
        assertEquals(0, run.exitValue(), () -> script + " failed:\n" + output);
        return output;
    }
}
