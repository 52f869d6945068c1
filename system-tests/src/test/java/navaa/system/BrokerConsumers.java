package navaa.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Holds the delivery of a queue's messages to its consumers (the job request MDB) with
 * OpenMQ's own {@code imqcmd pause dst}, so that requests sent meanwhile wait in the queue
 * where the console counts them; closing resumes delivery. Needs the broker's admin account:
 * {@code navaa.it.brokerAdmin} (default {@code admin}) and the password in the file
 * {@code navaa.it.brokerAdminPasswordFile}, or {@code admin} when none is named.
 */
final class BrokerConsumers implements AutoCloseable {

    private static final String ADDRESS = System.getProperty("navaa.it.jmsAddress", "mq://localhost:18076").replaceFirst("^mq://", "");

    private final String queue;

    private BrokerConsumers(String queue) {
        this.queue = queue;
    }

    static BrokerConsumers pause(String queue) throws Exception {
        imqcmd("pause", "dst", "-t", "q", "-n", queue, "-pst", "CONSUMERS");
        return new BrokerConsumers(queue);
    }

    @Override
    public void close() throws Exception {
        imqcmd("resume", "dst", "-t", "q", "-n", queue);
    }

    private static void imqcmd(String... arguments) throws Exception {
        Path passwords = Files.createTempFile("imqcmd", ".properties");
        try {
            Files.writeString(passwords, "imq.imqcmd.password=" + password() + "\n");
            List<String> command = new ArrayList<>(List.of(Launcher.ROOT.resolve("runtime/payara6/mq/bin/imqcmd").toString()));
            command.addAll(List.of(arguments));
            command.addAll(List.of("-b", ADDRESS, "-u", System.getProperty("navaa.it.brokerAdmin", "admin"),
                    "-passfile", passwords.toString(), "-f"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ":\n" + output);
        } finally {
            Files.deleteIfExists(passwords);
        }
    }

    private static String password() throws IOException {
        String file = System.getProperty("navaa.it.brokerAdminPasswordFile", "");
        return file.isBlank() ? "admin" : Files.readString(Path.of(file)).strip();
    }
}
