package navaa.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./navaa} and {@code asadmin} on a domain of a test's own (its name, port base and
 * data folder), with none of the caller's {@code NAVAA_*} settings leaking in.
 */
final class Launcher {

    static final Path ROOT = Path.of(System.getProperty("navaa.root", "..")).toAbsolutePath().normalize();

    record Result(int exit, String output) {
    }

    private final String domain;
    private final String portBase;
    private final Path data;
    private final Map<String, String> settings;

    Launcher(String domain, int portBase, Path data) {
        this(domain, portBase, data, Map.of());
    }

    /** With {@code NAVAA_*} settings of the test's own, as an admin would export them before {@code ./navaa start}. */
    Launcher(String domain, int portBase, Path data, Map<String, String> settings) {
        this.domain = domain;
        this.portBase = Integer.toString(portBase);
        this.data = data;
        this.settings = Map.copyOf(settings);
    }

    Result navaa(String command) throws Exception {
        return run(List.of(ROOT.resolve("navaa").toString(), command), env());
    }

    /** One of server-config's scripts, e.g. {@code deploy.sh --force}, for this domain. */
    Result script(String name, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("server-config/scripts").resolve(name).toString()));
        command.addAll(List.of(arguments));
        return run(command, env());
    }

    private Map<String, String> env() {
        Map<String, String> env = new java.util.HashMap<>(settings);
        env.putAll(Map.of("NAVAA_DOMAIN", domain, "NAVAA_PORT_BASE", portBase, "NAVAA_DATA_DIR", data.toString()));
        return env;
    }

    Result asadmin(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("runtime/payara6/bin/asadmin").toString(),
                "--user", "admin", "--passwordfile", ROOT.resolve("runtime/secrets/" + domain + "/asadmin.password").toString(),
                "--port", Integer.toString(Integer.parseInt(portBase) + 48)));
        command.addAll(List.of(arguments));
        return run(command, Map.of());
    }

    /** Removes the domain's data folder, for a test that starts from a new install. */
    void deleteData() throws IOException {
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Result run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("NAVAA_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
