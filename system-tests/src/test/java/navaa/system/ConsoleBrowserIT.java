package navaa.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin console in a real browser: {@code src/test/js/console.spec.mjs} drives Debian's
 * Chromium through playwright-core (the build installs it; {@code .ci/run} installs
 * Chromium). An admin logs in and creates a user with maxChats 1, who gets one chat and is
 * refused the second and starts two jobs, which the admin follows live, cancels and retries;
 * the admin deactivates the user and their next request is refused; the console switches to
 * Persian, right to left. Screenshots of every page in both languages
 * land in {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    private static final Path SCRIPT_DIR = Path.of(System.getProperty("navaa.it.consoleBrowserDir", "target/console-browser"));
    private static final Path SCREENSHOTS = SCRIPT_DIR.getParent().resolve("screenshots");
    private static final String CHROMIUM = System.getProperty("navaa.it.chromium", "/usr/bin/chromium");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @TempDir
    static Path folder;

    @Test
    void anAdminManagesAUserInTheConsoleInEnglishAndPersian() throws Exception {
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)), CHROMIUM + " is missing: apt-get install chromium (.ci/run does)");
        assertTrue(Files.isDirectory(SCRIPT_DIR.resolve("node_modules/playwright-core")),
                "playwright-core is not installed in " + SCRIPT_DIR + ": the build's install-playwright step installs it");
        Path shortAudio = Recordings.speech(folder, "greeting.wav", "A short greeting for the console's jobs page.", 0.3, 16_000, 1);
        // minutes of noise, so the denoise is still running when the admin cancels it
        Path longAudio = folder.resolve("long meeting.wav");
        Recordings.run("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", longAudio.toString(), "synth", "480", "pinknoise", "vol", "0.3");
        Path log = SCRIPT_DIR.resolve("console.log");
        ProcessBuilder node = new ProcessBuilder("node", "console.spec.mjs")
                .directory(SCRIPT_DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        node.environment().put("BASE_URL", Http.BASE);
        node.environment().put("ADMIN_PASSWORD", Accounts.ADMIN_PASSWORD);
        node.environment().put("SCREENSHOTS", SCREENSHOTS.toString());
        node.environment().put("CHROMIUM", CHROMIUM);
        node.environment().put("SHORT_AUDIO", shortAudio.toString());
        node.environment().put("LONG_AUDIO", longAudio.toString());
        Process run = node.start();
        boolean ended = run.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(ended, () -> "the browser test did not end in 5 minutes:\n" + output);
        assertEquals(0, run.exitValue(), () -> "the browser test failed:\n" + output);
        assertTrue(output.contains("all steps passed"), output);
        for (String step : List.of("ok - the admin creates a user with maxChats 1", "ok - the admin deactivates the user",
                "ok - the admin cancels the running job", "ok - the admin retries the cancelled job",
                "ok - the deactivated user's next requests are refused", "ok - the console switches to Persian and lays out right to left")) {
            assertTrue(output.contains(step), () -> "missing \"" + step + "\":\n" + output);
        }
        for (String page : List.of("dashboard", "users", "keys", "jobs", "queues", "voices")) {
            assertScreenshot(page + "-en");
            assertScreenshot(page + "-fa");
        }
    }

    private static void assertScreenshot(String name) throws IOException {
        Path png = SCREENSHOTS.resolve(name + ".png");
        assertTrue(Files.size(png) > 5_000, () -> png + " is missing or empty");
    }
}
