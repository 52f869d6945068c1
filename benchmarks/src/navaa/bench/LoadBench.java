package navaa.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Part 8 (issue 12): what a status poll costs next to a static file. With {@code wrk}
 * (2 threads, 32 connections, loopback, as the issue measured), against each database's
 * domain: the console's static page {@code /admin/}, and doc 001's
 * {@code GET /api/denoise/files/{id}/status/} of a finished job by its owner, with the
 * session cookie and with a {@code Token} key. The three are measured in turns, several
 * rounds, and each figure is the median of its rounds, so a burst of other work on the
 * machine does not fall on one of them alone. Target: the poll reaches at least 70 % of
 * the static page's requests per second in the same run, with p99 under 50 ms.
 * <p>
 * {@code bench.load.targets} names the domains: {@code H2=http://...;MariaDB=http://...};
 * {@code bench.load.missing} says why one could not be started.
 */
final class LoadBench {

    static final double SHARE_TARGET = 0.70;
    static final double P99_TARGET_MS = 50;

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Bench bench;
    private final Report report;
    private final int seconds = Integer.getInteger("bench.load.seconds", 10);
    private final int rounds = Integer.getInteger("bench.load.rounds", 3);

    /** One wrk run's figures. */
    record Figure(double requestsPerSecond, double p99Millis, long failed) {
    }

    LoadBench(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
    }

    void run() {
        Map<String, String> targets = targets(System.getProperty("bench.load.targets", "H2=" + bench.api.base()));
        report.note("wrk " + wrk("--version").lines().findFirst().orElse("?").trim() + ", 2 threads, 32 connections, loopback; "
                + rounds + " rounds of " + seconds + " s per figure, the three taken in turns after a " + seconds
                + " s warm-up each; medians of the rounds. The poll is of a finished denoise job by its owner (a user, not an admin).");
        report.table("database", "what", "req/s (median)", "p99 ms (median)", "share of static", "rounds req/s", "failed answers",
                "1-min load before");
        for (Map.Entry<String, String> target : targets.entrySet()) {
            measure(target.getKey(), target.getValue());
        }
        report.end();
        String missing = System.getProperty("bench.load.missing", "");
        if (!missing.isBlank()) {
            report.note("**Not measured:** " + missing);
            report.summary("8. status poll vs static page, MariaDB", "not measured: " + missing, "≥ 70 %, p99 < 50 ms", "not measured");
        }
    }

    private void measure(String database, String base) {
        String load = Machine.loadShort();
        Poller poller = Poller.prepare(bench, base);
        String status = base + "/api/denoise/files/" + poller.jobId() + "/status/";
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("static page /admin/", List.of());
        headers.put("status poll, session cookie", List.of("Cookie: " + poller.cookie()));
        headers.put("status poll, Token key", List.of("Authorization: Token " + poller.key()));
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        headers.forEach((what, extra) -> {
            wrkRun(what.startsWith("static") ? base + "/admin/" : status, extra);
            figures.put(what, new ArrayList<>());
        });
        for (int round = 0; round < rounds; round++) {
            headers.forEach((what, extra) -> figures.get(what).add(wrkRun(what.startsWith("static") ? base + "/admin/" : status, extra)));
        }
        double staticRate = median(figures.get("static page /admin/"), Figure::requestsPerSecond);
        double staticP99 = median(figures.get("static page /admin/"), Figure::p99Millis);
        figures.forEach((what, runs) -> {
            double rate = median(runs, Figure::requestsPerSecond);
            double p99 = median(runs, Figure::p99Millis);
            long failed = runs.stream().mapToLong(Figure::failed).sum();
            boolean poll = !what.startsWith("static");
            double share = rate / staticRate;
            report.row(database, what, Report.f(rate, 0), Report.f(p99, 1), poll ? Report.f(100 * share, 0) + " %" : "100 %",
                    String.join(" / ", runs.stream().map(f -> Report.f(f.requestsPerSecond(), 0)).toList()), failed, load);
            if (poll) {
                boolean met = share >= SHARE_TARGET && p99 < P99_TARGET_MS && failed == 0;
                report.summary("8. " + what + ", " + database, Report.f(rate, 0) + " req/s = " + Report.f(100 * share, 0)
                                + " % of the static page's " + Report.f(staticRate, 0) + "; p99 " + Report.f(p99, 1) + " ms (the static page's "
                                + Report.f(staticP99, 1) + " ms; 1-min load " + load + ")"
                                + (failed > 0 ? "; " + failed + " failed answers" : ""),
                        "≥ 70 %, p99 < 50 ms", Report.verdict(met));
            }
        });
    }

    private Figure wrkRun(String url, List<String> headers) {
        List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c32", "-d" + seconds + "s", "--latency"));
        headers.forEach(h -> {
            command.add("-H");
            command.add(h);
        });
        command.add(url);
        String out = Audio.run(command, seconds + 60);
        return new Figure(number(REQUESTS, out), p99(out), failures(out));
    }

    private static String wrk(String... args) {
        List<String> command = new ArrayList<>(List.of("wrk"));
        command.addAll(List.of(args));
        return Audio.exec(command, 30).output();
    }

    static double number(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in wrk's output: " + out);
        }
        return Double.parseDouble(m.group(1));
    }

    static double p99(String out) {
        Matcher m = P99.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no 99% latency in wrk's output: " + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    static long failures(String out) {
        long failed = 0;
        Matcher non2xx = NON_2XX.matcher(out);
        if (non2xx.find()) {
            failed += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(out);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                failed += Long.parseLong(socket.group(g));
            }
        }
        return failed;
    }

    private static double median(List<Figure> runs, java.util.function.ToDoubleFunction<Figure> of) {
        double[] values = runs.stream().mapToDouble(of).sorted().toArray();
        int mid = values.length / 2;
        return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    static Map<String, String> targets(String spec) {
        Map<String, String> targets = new LinkedHashMap<>();
        for (String pair : spec.split(";")) {
            if (!pair.isBlank()) {
                String[] nameAndBase = pair.split("=", 2);
                targets.put(nameAndBase[0].trim(), nameAndBase[1].trim());
            }
        }
        return targets;
    }

    /** A user with a finished denoise job, signed in both ways a poller signs in. */
    record Poller(long jobId, String cookie, String key) {

        static Poller prepare(Bench bench, String base) {
            Api admin = new Api(base);
            admin.login("admin", System.getProperty("bench.password"));
            String username = "load" + Long.toString(System.nanoTime(), 36).toLowerCase(Locale.ROOT);
            String password = "load-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
            Api.Reply created = admin.postJson("/api/admin/users",
                    "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
            if (created.status() != 201) {
                throw new IllegalStateException("creating the polling user: " + created);
            }
            Api user = new Api(base);
            user.login(username, password);
            Path tone = Audio.noise(bench.dir("load").resolve("poll.wav"), "pinknoise", 2, 16_000, 1);
            Api.Upload upload = user.upload(Bench.Service.DENOISE.upload, Map.of(), Map.of("audio_file", tone));
            if (!upload.accepted()) {
                throw new IllegalStateException("the upload to poll: " + upload.reply());
            }
            Api.Finished done = user.await(Bench.Service.DENOISE.status(upload.id()), java.time.Duration.ofMinutes(5), 200);
            if (!done.completed()) {
                throw new IllegalStateException("the job to poll did not complete: " + done.why());
            }
            Api.Reply token = new Api(base).postJson("/api/auth/token/",
                    "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
            String key = Json.string(token.json(), "token");
            if (key == null) {
                throw new IllegalStateException("no key from the token endpoint: " + token);
            }
            String sessionid = user.cookieHeader().replaceAll(".*(sessionid=[^;]+).*", "$1");
            return new Poller(upload.id(), sessionid, key);
        }
    }
}
