package navaa.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The machine the figures come from: its load, the server's process, its CPU time and heap. */
final class Machine {

    private static final double TICKS_PER_SECOND = 100;

    private Machine() {
    }

    /** The load averages, and whether someone's {@code mvn verify} shares the machine. */
    static String load() {
        String loadavg;
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            loadavg = "load average " + fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            loadavg = "load average unknown";
        }
        List<Long> verify = mavenVerify();
        return loadavg + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (verify.isEmpty() ? "no mvn verify running" : "**mvn verify running** (pid " + verify + ")");
    }

    /** The one-minute load average, and "+ mvn verify" when one runs: for a table cell. */
    static String loadShort() {
        String one;
        try {
            one = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            one = "?";
        }
        return one + (mavenVerify().isEmpty() ? "" : " + mvn verify");
    }

    static List<Long> mavenVerify() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("maven") && c.matches(".*\\sverify(\\s.*|$)")).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    /** The Payara domain's JVM: the one whose instance root is the domain's folder. */
    static Optional<ProcessHandle> server(String domain) {
        List<ProcessHandle> found = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ASMain")
                        && c.matches(".*-Dcom\\.sun\\.aas\\.instanceRoot=\\S*/domains/" + java.util.regex.Pattern.quote(domain) + "(\\s.*|$)")).orElse(false))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** User plus system CPU seconds the process has used so far (Linux /proc). */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14 and 15 of stat, counted from the state (field 3) here
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * A full collection in the server (jcmd GC.run), so a job's heap figures start from
     * what the server really holds and not from garbage an earlier part left behind.
     */
    static void fullGc(long pid) {
        Audio.run(List.of("jcmd", Long.toString(pid), "GC.run"), 120);
    }

    /** The JVM's maximum heap as the JVM itself reports it (jcmd VM.flags), in MB. */
    static double maxHeapMb(long pid) {
        try {
            String flags = Audio.run(List.of("jcmd", Long.toString(pid), "VM.flags"), 60);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("-XX:MaxHeapSize=(\\d+)").matcher(flags);
            return m.find() ? Long.parseLong(m.group(1)) / 1048576.0 : Double.NaN;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    /**
     * {@code jstat -gc PID 1000} in the background: heap used (survivors, eden, old) and
     * committed, sampled each second, with the collection counts.
     */
    static final class HeapSampler implements AutoCloseable {

        record Sample(long at, double usedMb, double oldMb, double committedMb, long youngGcs, long fullGcs, long concurrentGcs) {
        }

        private final Process jstat;
        private final Thread reader;
        private final List<Sample> samples = new ArrayList<>();
        private final StringBuilder problems = new StringBuilder();

        HeapSampler(long pid) {
            try {
                jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "1000").redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = new Thread(this::read, "jstat");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                String line;
                while ((line = in.readLine()) != null) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length > 0 && cells[0].equals("S0C")) {
                        header = List.of(cells);
                        continue;
                    }
                    if (header == null || cells.length != header.size()) {
                        synchronized (problems) {
                            problems.append(line).append(' ');
                        }
                        continue;
                    }
                    double used = value(header, cells, "S0U") + value(header, cells, "S1U") + value(header, cells, "EU") + value(header, cells, "OU");
                    double committed = value(header, cells, "S0C") + value(header, cells, "S1C") + value(header, cells, "EC") + value(header, cells, "OC");
                    Sample sample = new Sample(System.nanoTime(), used / 1024, value(header, cells, "OU") / 1024, committed / 1024, (long) value(header, cells, "YGC"),
                            (long) value(header, cells, "FGC"), header.contains("CGC") ? (long) value(header, cells, "CGC") : 0);
                    synchronized (samples) {
                        samples.add(sample);
                    }
                }
            } catch (IOException e) {
                synchronized (problems) {
                    problems.append(e);
                }
            }
        }

        private static double value(List<String> header, String[] cells, String name) {
            int i = header.indexOf(name);
            return i < 0 || cells[i].equals("-") ? 0 : Double.parseDouble(cells[i]);
        }

        List<Sample> samples() {
            synchronized (samples) {
                return List.copyOf(samples);
            }
        }

        /** The samples taken from a moment on (System.nanoTime). */
        List<Sample> since(long at) {
            return samples().stream().filter(s -> s.at() >= at).toList();
        }

        String problems() {
            synchronized (problems) {
                return problems.toString().strip();
            }
        }

        @Override
        public void close() {
            jstat.destroy();
            try {
                reader.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
