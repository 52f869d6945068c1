package navaa.system;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

    private static final Path SCREENSHOTS = BrowserScripts.DIR.getParent().resolve("screenshots");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @TempDir
    static Path folder;

    @Test
    void anAdminManagesAUserInTheConsoleInEnglishAndPersian() throws Exception {
        Path shortAudio = Recordings.speech(folder, "greeting.wav", "A short greeting for the console's jobs page.", 0.3, 16_000, 1);
        // minutes of noise, so the denoise is still running when the admin cancels it
        Path longAudio = folder.resolve("long meeting.wav");
        Recordings.run("sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", longAudio.toString(), "synth", "480", "pinknoise", "vol", "0.3");
        String output = BrowserScripts.run("console.spec.mjs", Map.of(
                "ADMIN_PASSWORD", Accounts.ADMIN_PASSWORD,
                "SCREENSHOTS", SCREENSHOTS.toString(),
                "SHORT_AUDIO", shortAudio.toString(),
                "LONG_AUDIO", longAudio.toString(),
                "LIBRARY_VIDEO", Videos.mp4(folder.resolve("console lesson.mp4"), null).toString()), Duration.ofMinutes(5));
        assertTrue(output.contains("all steps passed"), output);
        for (String step : List.of("ok - the admin creates a user with maxChats 1",
                "ok - the users page finds a user by name among many",
                "ok - the admin creates a doctor with a profile and photo through the users page",
                "ok - the user creates one chat and is refused the second with the documented message", "ok - the admin deactivates the user",
                "ok - the admin cancels the running job", "ok - the admin retries the cancelled job",
                "ok - the deactivated user's next requests are refused", "ok - the SMS outbox page shows the sign-in code sent to a new number",
                "ok - the library page uploads a video and lists it",
                "ok - the console switches to Persian and lays out right to left")) {
            assertTrue(output.contains(step), () -> "missing \"" + step + "\":\n" + output);
        }
        for (String page : List.of("dashboard", "users", "keys", "jobs", "queues", "voices", "sms", "library")) {
            assertScreenshot(page + "-en");
            assertScreenshot(page + "-fa");
        }
    }

    private static void assertScreenshot(String name) throws IOException {
        Path png = SCREENSHOTS.resolve(name + ".png");
        assertTrue(Files.size(png) > 5_000, () -> png + " is missing or empty");
    }
}
