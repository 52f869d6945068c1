package navaa.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The test domain's heap as the JVM itself counts it, read from outside: {@code jstat -gc}
 * samples the server's garbage collector counters every 50 ms (from its performance data
 * file, without attaching to it or any hook in the application). What a request retains
 * while it runs shows in the old generation: G1 allocates large arrays there directly and
 * moves whatever survives young collections there.
 */
final class ServerHeap implements AutoCloseable {

    private static final Path PID = Launcher.ROOT.resolve("runtime/payara6/glassfish/domains/navaa-it/config/pid");

    private final Process jstat;
    private final Thread reader;
    private final List<Long> oldGenerationKb = new ArrayList<>();

    private ServerHeap(Process jstat) {
        this.jstat = jstat;
        this.reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts sampling and waits for the first samples, so the baseline is from before what follows. */
    static ServerHeap watch() throws IOException, InterruptedException {
        String pid = Files.readString(PID).strip();
        Path jstat = Path.of(System.getProperty("java.home"), "bin", "jstat");
        ServerHeap heap = new ServerHeap(new ProcessBuilder(jstat.toString(), "-gc", pid, "50").redirectErrorStream(true).start());
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (heap.samples() < 5) {
            if (System.nanoTime() > deadline || !heap.jstat.isAlive()) {
                throw new IllegalStateException("jstat gave no samples of the server (pid " + pid + ")");
            }
            Thread.sleep(50);
        }
        return heap;
    }

    /** The most the old generation held since sampling began, over what it held at first, in MB. */
    long peakGrowthMb() {
        synchronized (oldGenerationKb) {
            long first = oldGenerationKb.get(0);
            return (oldGenerationKb.stream().mapToLong(Long::longValue).max().orElse(first) - first) / 1024;
        }
    }

    int samples() {
        synchronized (oldGenerationKb) {
            return oldGenerationKb.size();
        }
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
            int column = -1;
            for (String line; (line = lines.readLine()) != null; ) {
                String[] fields = line.strip().split("\\s+");
                if (column < 0) {
                    column = Arrays.asList(fields).indexOf("OU");
                } else if (fields.length > column && !fields[column].equals("OU")) {
                    synchronized (oldGenerationKb) {
                        oldGenerationKb.add(Math.round(Double.parseDouble(fields[column])));
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // jstat was stopped, or printed something else: the samples so far stand
        }
    }

    @Override
    public void close() throws InterruptedException {
        // a last sample after the request, so a late rise is seen too
        Thread.sleep(300);
        jstat.destroy();
        reader.join(5_000);
    }
}
