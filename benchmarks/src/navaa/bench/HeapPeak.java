package navaa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Target 6: the server's peak Java heap while it processes a 2-hour 44.1 kHz stereo
 * recording (boost and denoise) with the heap capped (the bench domain runs with
 * NAVAA_HEAP=512m); the job must complete. Heap used is sampled each second with
 * {@code jstat -gc} on the domain's JVM (survivors + eden + old). Also the job's RTF.
 */
final class HeapPeak {


    private final Bench bench;
    private final Report report;

    HeapPeak(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
    }

    void run() throws java.io.IOException {
        Optional<ProcessHandle> server = Machine.server(bench.domain);
        if (server.isEmpty()) {
            report.note("**Not measured:** no single server process of domain " + bench.domain + " found.");
            return;
        }
        long pid = server.get().pid();
        double maxHeap = Machine.maxHeapMb(pid);
        Path dir = bench.dir("heap");
        double seconds = 12 * JobSpeed.seconds(bench);
        String length = seconds == 7200 ? "2-hour" : Report.f(seconds / 60, 0) + "-minute";
        Path tenMinutes = JobSpeed.tenMinutes(bench, bench.dir("rtf"), 44_100, 2);
        Path wav = dir.resolve("speech-" + (int) seconds + "s-44100-2.wav");
        if (!Files.exists(wav)) {
            Audio.run(List.of("sox", tenMinutes.toString(), wav.toString(), "repeat", "11"), 1800);
        }
        Path mp3 = dir.resolve("speech-" + (int) seconds + "s-44100-2.mp3");
        if (!Files.exists(mp3)) {
            Audio.run(List.of("ffmpeg", "-v", "error", "-y", "-i", wav.toString(), "-c:a", "libmp3lame", "-b:a", "128k", mp3.toString()), 3600);
        }
        report.note("Server: pid " + pid + ", maximum heap " + Report.f(maxHeap, 0) + " MB (jcmd VM.flags MaxHeapSize). "
                + "Input: " + Report.f(seconds / 3600, 2) + " h of speech over pink noise (the 10-minute file repeated), 44.1 kHz stereo: WAV "
                + JobSpeed.mb(wav) + " MB; the same as MP3 128 kbit/s, " + JobSpeed.mb(mp3) + " MB.");

        Api.Reply probe = curlUpload(wav);
        report.note("The " + length + " WAV itself: `POST /api/boost/upload/` (boost_level 3x) answered HTTP " + probe.status() + " `"
                + probe.shortBody() + "`" + (probe.status() == 200 ? "." : " — so the jobs below take the MP3 (the same audio, 44.1 kHz stereo)."));
        report.summary("6. the " + length + " 44.1 kHz stereo WAV (" + JobSpeed.mb(wav) + " MB) as an upload",
                "HTTP " + probe.status() + (Json.string(probe.json(), "error_code") == null ? "" : " " + Json.string(probe.json(), "error_code")), "accepted, or 413 over the upload limit",
                probe.status() == 200 ? "accepted" : probe.status() == 413 ? "refused as too large (413): measured on the MP3"
                        : "NOT met: HTTP " + probe.status() + " where 413 is documented; measured on the MP3");
        Path input = wav;
        if (probe.status() == 200) {
            long id = (long) Json.number(probe.json(), "file_id");
            bench.api.await(Bench.Service.BOOST.status(id), Duration.ofMinutes(120), 1000);
            bench.api.delete(Bench.Service.BOOST.delete(id));
        } else {
            input = mp3;
        }

        report.table("job", "input", "completed", "heap used before MB (after a full GC)", "peak heap used MB (upload → completed)", "peak old gen MB",
                "peak committed MB", "young / full / concurrent GCs", "upload s", "wall s", "RTF", "output duration s", "1-min load before");
        record Run(String name, Bench.Service service, Map<String, String> fields) {
        }
        List<Run> runs = new ArrayList<>();
        runs.add(new Run("boost 3x", Bench.Service.BOOST, Map.of("boost_level", "3x")));
        runs.add(new Run("denoise", Bench.Service.DENOISE, Map.of()));
        for (Run run : runs) {
            String load = Machine.loadShort();
            Machine.fullGc(pid);
            try (Machine.HeapSampler heap = new Machine.HeapSampler(pid)) {
                Api.sleep(3500);
                long start = System.nanoTime();
                Bench.Job job = bench.submit(run.service, run.fields, Map.of("audio_file", input));
                if (job.accepted()) {
                    job.await(Duration.ofMinutes(180));
                }
                Api.sleep(1500);
                List<Machine.HeapSampler.Sample> all = heap.samples();
                List<Machine.HeapSampler.Sample> before = all.stream().filter(s -> s.at() < start).toList();
                List<Machine.HeapSampler.Sample> during = all.stream().filter(s -> s.at() >= start).toList();
                if (during.isEmpty()) {
                    report.row(run.name, input.getFileName(), "?", null, "no jstat samples: " + heap.problems(), null, null, null, null, null, null, null, load);
                    continue;
                }
                double used = during.stream().mapToDouble(Machine.HeapSampler.Sample::usedMb).max().orElseThrow();
                double old = during.stream().mapToDouble(Machine.HeapSampler.Sample::oldMb).max().orElseThrow();
                double committed = during.stream().mapToDouble(Machine.HeapSampler.Sample::committedMb).max().orElseThrow();
                Machine.HeapSampler.Sample first = before.isEmpty() ? during.get(0) : before.get(before.size() - 1);
                Machine.HeapSampler.Sample last = during.get(during.size() - 1);
                String gcs = (last.youngGcs() - first.youngGcs()) + " / " + (last.fullGcs() - first.fullGcs()) + " / "
                        + (last.concurrentGcs() - first.concurrentGcs());
                if (!job.accepted()) {
                    report.row(run.name, input.getFileName(), "not available: " + job.why(), null, null, null, null, null,
                            null, null, null, null, load);
                    report.summary("6. peak heap, " + run.name + ", " + length + " 44.1 kHz stereo", "not available: HTTP " + job.upload.reply().status(),
                            "completes with -Xmx" + Report.f(maxHeap, 0) + "m", "not measured");
                    continue;
                }
                String duration = null;
                if (job.completed()) {
                    Path out = dir.resolve("out-" + run.service.name().toLowerCase() + "-" + input.getFileName());
                    job.download(run.service == Bench.Service.DENOISE ? "denoised_url" : "boosted_url", out);
                    duration = Audio.run("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", out.toString()).strip();
                    duration = duration.matches("[0-9.]+") ? Report.f(Double.parseDouble(duration), 2) : duration;
                    Audio.delete(out);
                }
                report.row(run.name, input.getFileName(), job.completed() ? "yes" : "**NO**: " + job.why(), first.usedMb(), used, old, committed, gcs,
                        job.upload.seconds(), job.wallSeconds(), Report.f(job.wallSeconds() / seconds, 3), duration, load);
                report.summary("6. peak heap, " + run.name + ", " + length + " 44.1 kHz stereo " + (input == wav ? "WAV" : "MP3"),
                        Report.f(used, 0) + " MB used (old gen " + Report.f(old, 0) + " MB); RTF " + Report.f(job.wallSeconds() / seconds, 3),
                        "completes with -Xmx" + Report.f(maxHeap, 0) + "m", job.completed() ? "met" : "NOT met: " + job.why());
                job.delete();
            }
        }
        report.end();
        report.note("G1 lets the used heap grow to what it has committed before it collects, so the peak used heap is mostly eden "
                + "waiting for a collection; the peak old generation is closer to what the job really holds.");
    }

    /** The big WAV with curl (it reports the server's answer even when the server stops reading early). */
    private Api.Reply curlUpload(Path file) throws java.io.IOException {
        Path body = Files.createTempFile(bench.dir("heap"), "answer", ".json");
        Audio.Result curl = Audio.exec(List.of("curl", "-s", "-S", "-o", body.toString(), "-w", "%{http_code}", "-m", "600",
                "-H", "Cookie: " + bench.api.cookieHeader(), "-H", "X-CSRFToken: " + bench.api.csrf(),
                "-F", "boost_level=3x", "-F", "audio_file=@" + file, bench.api.base() + "/api/boost/upload/"), 700);
        String code = curl.output().replaceAll("(?s).*?(\\d{3})\\s*$", "$1");
        if (curl.exit() != 0) {
            Files.writeString(body, Files.readString(body) + " (curl exit " + curl.exit() + ": " + curl.output().strip() + ")",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        String answer = Files.readString(body);
        Files.delete(body);
        return new Api.Reply(code.matches("\\d{3}") ? Integer.parseInt(code) : -1, answer);
    }
}
