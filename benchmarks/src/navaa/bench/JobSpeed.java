package navaa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Target 2: the whole job's real-time factor on a 10-minute recording through the running
 * server, wall time from the upload's answer to the first status poll that says
 * {@code completed} (polled every 200 ms), over the audio's duration. Denoise's target is
 * at most 0.10 on this 2-core machine; boost's is reported beside it.
 */
final class JobSpeed {

    /** Ten minutes, unless a trial run scales it down. */
    static double seconds(Bench bench) {
        return 600 * bench.scale;
    }
    static final double TARGET = 0.10;

    private final Bench bench;
    private final Report report;

    JobSpeed(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
    }

    void run() {
        Path dir = bench.dir("rtf");
        double seconds = seconds(bench);
        Path stereo = tenMinutes(bench, dir, 44_100, 2);
        Path mono = tenMinutes(bench, dir, 16_000, 1);
        Optional<ProcessHandle> server = Machine.server(bench.domain);
        report.note("Input: " + (int) seconds + " s of speech (espeak-ng voices" + (bench.jfk.isPresent() ? " and the real recording" : "")
                + ", repeated) with pink noise, 16-bit WAV. Server process: "
                + server.map(p -> "pid " + p.pid()).orElse("not found (no CPU figures)") + ".");
        report.table("service", "input", "MB", "upload s", "wall s (answer → completed)", "RTF", "target", "verdict",
                "server CPU s per audio s", "processing_time s (JSON)", "1-min load before");
        record Run(Bench.Service service, Map<String, String> fields, Path file, String label) {
        }
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(Bench.Service.DENOISE, Map.of(), stereo, "44.1 kHz stereo"));
        runs.add(new Run(Bench.Service.DENOISE, Map.of(), mono, "16 kHz mono"));
        runs.add(new Run(Bench.Service.BOOST, Map.of("boost_level", "3x"), stereo, "44.1 kHz stereo"));
        runs.add(new Run(Bench.Service.BOOST, Map.of("boost_level", "3x"), mono, "16 kHz mono"));
        for (Run run : runs) {
            String name = run.service == Bench.Service.DENOISE ? "denoise" : "boost 3x";
            String load = Machine.loadShort();
            String what = "2. RTF " + name + ", " + Report.f(seconds / 60, seconds < 60 ? 1 : 0) + " min " + run.label;
            double cpuBefore = server.map(p -> Machine.cpuSeconds(p.pid())).orElse(Double.NaN);
            Bench.Job job = bench.submit(run.service, run.fields, Map.of("audio_file", run.file));
            if (!job.accepted()) {
                report.row(name, run.label, mb(run.file), job.upload.seconds(), "not available: " + job.why(), null, null, null, null, null, load);
                report.summary(what, "not available: HTTP " + job.upload.reply().status(),
                        run.service == Bench.Service.DENOISE ? "≤ " + TARGET : "–", "not measured");
                continue;
            }
            job.await(Duration.ofMinutes(60));
            double cpu = server.map(p -> Machine.cpuSeconds(p.pid())).orElse(Double.NaN) - cpuBefore;
            if (!job.completed()) {
                report.row(name, run.label, mb(run.file), job.upload.seconds(), "job " + job.why(), null, null, null, null, null, load);
                report.summary(what, "job " + job.why(),
                        run.service == Bench.Service.DENOISE ? "≤ " + TARGET : "–", "not measured");
                continue;
            }
            double rtf = job.wallSeconds() / seconds;
            boolean targeted = run.service == Bench.Service.DENOISE;
            report.row(name, run.label, mb(run.file), job.upload.seconds(), job.wallSeconds(), Report.f(rtf, 3),
                    targeted ? "≤ " + TARGET : "(none)", targeted ? Report.verdict(rtf <= TARGET) : "–",
                    Report.f(cpu / seconds, 3), job.finished.number("processing_time"), load);
            report.summary(what, Report.f(rtf, 3) + " (" + Report.f(job.wallSeconds(), 1) + " s)",
                    targeted ? "≤ " + TARGET : "–", targeted ? Report.verdict(rtf <= TARGET) : "–");
            job.delete();
        }
        report.end();
        report.note("Server CPU is the domain JVM's user+system time over the job (both cores count, so it can exceed the wall time); "
                + "it moves less with other load than the wall time does.");
    }

    /** Ten minutes of speech over pink noise at the rate and channels (made once, kept in target/work). */
    static Path tenMinutes(Bench bench, Path dir, int rate, int channels) {
        double seconds = seconds(bench);
        Path file = dir.resolve("speech-" + (int) seconds + "s-" + rate + "-" + channels + ".wav");
        if (Files.exists(file)) {
            return file;
        }
        Path track = dir.resolve("track-" + rate + "-" + channels + ".wav");
        List<String> concat = new ArrayList<>(List.of("sox"));
        for (int v = 0; v < Speech.VOICES.size(); v++) {
            concat.add(Speech.read(dir, Speech.VOICES.get(v), v * 6, 6, rate, channels).toString());
        }
        Speech.real(bench, dir, 0, 11, rate, channels).ifPresent(p -> concat.add(p.toString()));
        concat.add(track.toString());
        Audio.run(concat, 600);
        Path speech = dir.resolve("speech-long-" + rate + "-" + channels + ".wav");
        Audio.run("sox", track.toString(), speech.toString(), "repeat", "20", "trim", "0", Double.toString(seconds));
        Path noise = Audio.noise(dir.resolve("pink-10min-" + rate + "-" + channels + ".wav"), "pinknoise", seconds, rate, channels);
        Audio.run("sox", "-m", "-v", "0.8", speech.toString(), "-v", "0.12", noise.toString(), "-b", "16", file.toString());
        Audio.delete(track);
        Audio.delete(speech);
        Audio.delete(noise);
        return file;
    }

    static String mb(Path file) {
        try {
            return Report.f(Files.size(file) / 1048576.0, 1);
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
