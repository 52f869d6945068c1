package navaa.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Holds the delivery of a queue's messages to its consumers (the job request MDB) with
 * OpenMQ's own {@code imqcmd pause dst}, so that requests sent meanwhile wait in the queue
 * where the console counts them; closing resumes delivery. Uses the broker's admin account,
 * whose password configure.sh generated into the test domain's secrets.
 */
final class BrokerConsumers implements AutoCloseable {

    private static final String ADDRESS = Broker.ADDRESS.replaceFirst("^mq://", "");
    private static final Path ADMIN_PASSWORD = Launcher.ROOT.resolve("runtime/secrets/navaa-it/broker-admin.password");

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
        List<String> command = new ArrayList<>(List.of(Launcher.ROOT.resolve("runtime/payara6/mq/bin/imqcmd").toString()));
        command.addAll(List.of(arguments));
        // the file configure.sh wrote is already in imqcmd's -passfile form
        command.addAll(List.of("-b", ADDRESS, "-u", "admin", "-passfile", ADMIN_PASSWORD.toString(), "-f"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        assertEquals(0, process.exitValue(), () -> String.join(" ", command) + ":\n" + output);
    }
}
