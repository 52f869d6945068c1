package navaa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The audio services benchmark (issue 4) against a running server: each part makes its
 * audio, sends it through the service as a client would, measures what comes back and
 * writes its figures to {@code target/parts/NAME.md}. {@code benchmarks/run} starts and
 * stops the bench domain around it.
 * <p>
 * {@code java navaa.bench.Bench PART...} with system properties {@code bench.base} (the
 * server's URL), {@code bench.password} (admin's), {@code bench.target} (the output
 * folder), {@code bench.domain} (for the server's process), {@code bench.jfk} (a real
 * speech recording, optional).
 */
public final class Bench {

    static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("denoise", "1. denoise SI-SNR gain per noise type at 0 and 5 dB");
        PARTS.put("rtf", "2. whole-job real-time factor, 10-minute files (denoise, boost)");
        PARTS.put("boost", "3. boost 2x..5x: loudness and true peak, JSON vs measured");
        PARTS.put("separation", "4. vocal separation SDR vs the mixture as estimate");
        PARTS.put("speaker", "5. speaker extraction similarity: same vs different voices");
        PARTS.put("heap", "6. peak heap on 2-hour 44.1 kHz stereo jobs, heap capped");
        PARTS.put("diarization", "7. diarization: DER, speaker count, speed and heap");
        PARTS.put("load", "8. under load: an authenticated status poll against the static page (wrk), H2 and MariaDB");
    }

    final Path target;
    final Path work;
    final Api api;
    final String domain;
    final Optional<Path> jfk;
    /** Below 1 for a quick trial: the long recordings (10 min, 2 h) are shortened by this factor. */
    final double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));

    private Bench(Path target, Api api, String domain, Optional<Path> jfk) {
        this.target = target;
        this.work = target.resolve("work");
        this.api = api;
        this.domain = domain;
        this.jfk = jfk;
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        Path target = Path.of(System.getProperty("bench.target", "benchmarks/target")).toAbsolutePath();
        String base = System.getProperty("bench.base", "http://localhost:48080");
        Api api = new Api(base);
        api.login("admin", System.getProperty("bench.password"));
        Optional<Path> jfk = Optional.ofNullable(System.getProperty("bench.jfk")).filter(s -> !s.isBlank()).map(Path::of)
                .filter(Files::isRegularFile);
        Bench bench = new Bench(target, api, System.getProperty("bench.domain", "navaa-bench"), jfk);
        List<String> parts = args.length == 0 ? List.copyOf(PARTS.keySet()) : Arrays.asList(args);
        int failed = 0;
        String preface = System.getProperty("bench.preface", "");
        for (String part : parts) {
            if (!PARTS.containsKey(part)) {
                System.err.println("unknown part " + part + "; parts: " + PARTS.keySet());
                System.exit(2);
            }
            Report report = new Report(target.resolve("parts").resolve(part + ".md"));
            report.heading(PARTS.get(part));
            report.note("Measured " + java.time.ZonedDateTime.now().withNano(0) + "; " + Machine.load() + "."
                    + (bench.scale != 1 ? " **Scaled trial run (BENCH_SCALE=" + bench.scale + "): long recordings shortened, not the targets' durations.**" : ""));
            if (!preface.isBlank()) {
                report.note(preface);
            }
            try {
                Files.createDirectories(bench.work.resolve(part));
                switch (part) {
                    case "denoise" -> new DenoiseQuality(bench, report).run();
                    case "rtf" -> new JobSpeed(bench, report).run();
                    case "boost" -> new BoostLevels(bench, report).run();
                    case "separation" -> new Separation(bench, report).run();
                    case "speaker" -> new SpeakerTable(bench, report).run();
                    case "heap" -> new HeapPeak(bench, report).run();
                    case "diarization" -> new DiarizationBench(bench, report).run();
                    case "load" -> new LoadBench(bench, report).run();
                    default -> throw new IllegalStateException(part);
                }
            } catch (ServerDied e) {
                report.note("**The server JVM died during this part**, in " + e.getMessage() + ". Its log ends without an error; "
                        + "benchmarks/run records what signal ended it.");
                report.summary(PARTS.get(part), "the server JVM died in " + e.getMessage(), "job completes", "NOT met: server crashed");
                report.save();
                System.exit(3);
            } catch (RuntimeException | IOException e) {
                failed++;
                report.note("**The part stopped with an error:** `" + e + "`");
                report.summary(PARTS.get(part), "stopped with an error: " + e, "", "not measured");
                e.printStackTrace();
            }
            if (!bench.failures.isEmpty()) {
                report.note("**Jobs the server failed** (each sent again, up to " + Job.ATTEMPTS + " attempts; the figures above come from "
                        + "the attempt that completed): " + String.join("; ", bench.failures));
                String kinds = bench.failures.stream().map(f -> f.replaceFirst(".*?\\): ", "")).distinct()
                        .collect(java.util.stream.Collectors.joining(" / "));
                report.summary("job failures during part " + part, bench.failures.size() + " failed job(s), retried: " + kinds,
                        "none", "NOT met");
                bench.failures.clear();
            }
            report.note("Load after the part: " + Machine.load() + ".");
            report.save();
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    Path dir(String part) {
        return work.resolve(part);
    }

    /**
     * Uploads, then polls until the job is finished: the answer and finished status, and the
     * wall time from the upload's answer to the poll that saw the job finished.
     */
    Job submit(Service service, Map<String, String> fields, Map<String, Path> files) {
        return new Job(service, fields, files);
    }

    /** Jobs that failed on the server and were sent again, for the part's report. */
    final List<String> failures = new java.util.ArrayList<>();

    /**
     * A job submitted to one of the services, followed until it is finished. A job the
     * server fails is sent again, up to {@value #ATTEMPTS} times in all, and each failure
     * is kept for the report: a figure then comes from the attempt that completed.
     */
    final class Job {
        static final int ATTEMPTS = 3;
        final Service service;
        private final Map<String, String> fields;
        private final Map<String, Path> files;
        Api.Upload upload;
        Api.Finished finished;
        int attempts = 1;
        /** Attempts in all before a failure stands; 1 where a failure is itself the figure (a job that must complete within the heap). */
        int maxAttempts = ATTEMPTS;

        Job(Service service, Map<String, String> fields, Map<String, Path> files) {
            this.service = service;
            this.fields = fields;
            this.files = files;
            this.upload = api.upload(service.upload, fields, files);
            if (upload.reply().status() == -1 && Machine.server(domain).isEmpty()) {
                throw new ServerDied("the upload of a " + service.name().toLowerCase() + " job (the server was already gone)");
            }
        }

        boolean accepted() {
            return upload.accepted();
        }

        Job await(Duration timeout) {
            while (accepted() && finished == null) {
                finished = api.await(service.status(upload.id()), timeout, 200);
                if (finished.problem() != null && finished.problem().startsWith("HTTP -1") && Machine.server(domain).isEmpty()) {
                    throw new ServerDied(service.name().toLowerCase() + " job " + upload.id() + " ("
                            + files.values().stream().map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.joining(", ")) + ")");
                }
                if (finished.problem() == null && !finished.completed() && attempts < maxAttempts) {
                    failures.add(service.name().toLowerCase() + " job " + upload.id() + " (" + files.values().stream()
                            .map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.joining(", ")) + "): " + finished.why());
                    delete();
                    attempts++;
                    upload = api.upload(service.upload, fields, files);
                    finished = null;
                }
            }
            return this;
        }

        boolean completed() {
            return finished != null && finished.completed();
        }

        /** Seconds from the upload's answer to the first poll that saw the job finished. */
        double wallSeconds() {
            return (finished.at() - upload.answeredAt()) / 1e9;
        }

        /** What went wrong, for the report: the upload's answer or the job's state. */
        String why() {
            if (!accepted()) {
                return "upload answered " + upload.reply();
            }
            return finished == null ? "not awaited" : finished.why();
        }

        /** Downloads the file a status field links to (e.g. denoised_url), or the job's output. */
        Path download(String field, Path to) {
            String url = finished == null ? null : finished.field(field);
            if (url == null) {
                url = "/media/jobs/" + upload.id() + "/output";
            }
            int status = api.download(url, to);
            if (status != 200) {
                throw new IllegalStateException("GET " + url + " answered " + status);
            }
            return to;
        }

        void delete() {
            if (accepted()) {
                api.delete(service.delete(upload.id()));
            }
        }
    }

    /** The server's process is gone: no later request of the part can be answered. */
    static final class ServerDied extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ServerDied(String where) {
            super(where);
        }
    }

    /** A service's doc 001 paths. */
    enum Service {
        BOOST("/api/boost/upload/", "/api/boost/files/%d/status/", "/api/boost/files/%d/delete/"),
        DENOISE("/api/denoise/upload/", "/api/denoise/files/%d/status/", "/api/denoise/files/%d/delete/"),
        SEPARATE("/api/vocal/separate/", "/api/vocal/files/%d/status/", "/api/vocal/files/%d/delete/"),
        EXTRACT("/api/speaker/extract/", "/api/speaker/files/%d/status/", "/api/speaker/files/%d/delete/"),
        /** Doc 000's speaker extraction: audio_file and speaker_sample. */
        EXTRACT_000("/api/speaker-extraction/upload/", "/api/speaker-extraction/files/%d/", "/api/speaker-extraction/files/%d/"),
        /** Api-map §2's diarization jobs: 202 with an id, results at {@code {id}/result.json}. */
        DIARIZE("/api/diarization/jobs/", "/api/diarization/jobs/%d/", "/api/diarization/jobs/%d/");

        final String upload;
        private final String status;
        private final String delete;

        Service(String upload, String status, String delete) {
            this.upload = upload;
            this.status = status;
            this.delete = delete;
        }

        String status(long id) {
            return String.format(status, id);
        }

        String delete(long id) {
            return String.format(delete, id);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
