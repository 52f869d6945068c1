package navaa.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Target 3: boost 2x..5x on a quiet and a normal-level recording (44.1 kHz stereo WAV):
 * integrated loudness (LUFS) and true peak (dBTP) of input and output, as the job's JSON
 * reports them and as measured on the downloaded output, by the models module's meters
 * (the server's own code) and by FFmpeg's ebur128 filter (an independent meter).
 * The service promises +20·log10(N) dB of gain, less what its limiter takes back to keep
 * the true peak at or under −1 dBTP.
 */
final class BoostLevels {

    static final String[] LEVELS = {"2x", "3x", "4x", "5x"};

    private final Bench bench;
    private final Report report;

    BoostLevels(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
    }

    void run() {
        Path dir = bench.dir("boost");
        record Input(String name, Path file) {
        }
        List<Input> inputs = new ArrayList<>();
        Path spoken = Speech.read(dir, "en-us", 4, 4, 44_100, 2);
        Path quiet = dir.resolve("quiet-speech.wav");
        Audio.run("sox", spoken.toString(), quiet.toString(), "gain", "-n", "-24");
        inputs.add(new Input("quiet espeak speech (peak −24 dBFS)", quiet));
        Path normal = dir.resolve("normal-speech.wav");
        Path source = Speech.real(bench, dir, 0, 11, 44_100, 2).orElse(Speech.read(dir, "en-us+f3", 8, 4, 44_100, 2));
        Audio.run("sox", source.toString(), normal.toString(), "gain", "-n", "-3");
        inputs.add(new Input((bench.jfk.isPresent() ? "real speech (JFK)" : "espeak speech") + " at normal level (peak −3 dBFS)", normal));

        for (Input input : inputs) {
            Audio.Pcm in = Audio.read(input.file);
            double[] ffIn = Metrics.ffmpegLoudness(input.file);
            double lufsIn = Metrics.lufs(in);
            double tpIn = Metrics.dbtp(in);
            report.note("**" + input.name + "**, " + Report.f(in.seconds(), 1) + " s. Input measured: " + Report.f(lufsIn, 2)
                    + " LUFS / " + Report.f(tpIn, 2) + " dBTP (models meters), " + Report.f(ffIn[0], 1) + " LUFS / "
                    + Report.f(ffIn[1], 1) + " dBTP (FFmpeg ebur128).");
            StringBuilder gains = new StringBuilder();
            double worstPeak = Double.NEGATIVE_INFINITY;
            double worstJson = 0;
            int done = 0;
            report.table("level", "nominal gain dB", "JSON LUFS in → out", "measured LUFS out (models / FFmpeg)", "loudness gain LU (measured)",
                    "JSON dBTP in → out", "measured dBTP out (models / FFmpeg)", "≤ −1 dBTP", "JSON vs file (LU, dB)", "note");
            for (String level : LEVELS) {
                Bench.Job job = bench.submit(Bench.Service.BOOST, Map.of("boost_level", level), Map.of("audio_file", input.file));
                job.await(Duration.ofMinutes(10));
                if (!job.completed()) {
                    report.row(level, null, null, null, null, null, null, null, null, job.why());
                    gains.append(level).append(" failed; ");
                    continue;
                }
                Path outFile = job.download("boosted_url", dir.resolve("out-" + level + "-" + input.file.getFileName()));
                Audio.Pcm out = Audio.read(outFile);
                double[] ffOut = Metrics.ffmpegLoudness(outFile);
                double lufsOut = Metrics.lufs(out);
                double tpOut = Metrics.dbtp(out);
                double jsonIn = job.finished.number("loudness_before_lufs");
                double jsonOut = job.finished.number("loudness_after_lufs");
                double jsonTpIn = job.finished.number("true_peak_before_dbtp");
                double jsonTpOut = job.finished.number("true_peak_after_dbtp");
                int factor = Integer.parseInt(level.substring(0, 1));
                String note = out.frames() != in.frames() ? "output " + out.frames() + " frames, input " + in.frames() : "";
                if (Math.abs(jsonIn - lufsIn) > 0.1 || Math.abs(jsonTpIn - tpIn) > 0.1) {
                    note += " JSON's input figures differ from the input file's (" + Report.f(jsonIn - lufsIn, 2) + " LU, "
                            + Report.f(jsonTpIn - tpIn, 2) + " dB)";
                }
                report.row(level, Report.f(20 * Math.log10(factor), 2),
                        Report.f(jsonIn, 2) + " → " + Report.f(jsonOut, 2),
                        Report.f(lufsOut, 2) + " / " + Report.f(ffOut[0], 1),
                        lufsOut - lufsIn,
                        Report.f(jsonTpIn, 2) + " → " + Report.f(jsonTpOut, 2),
                        Report.f(tpOut, 2) + " / " + Report.f(ffOut[1], 1),
                        tpOut <= -1.0 + 1e-6 && ffOut[1] <= -1.0 + 0.05 ? "yes" : "**NO**",
                        Report.f(jsonOut - lufsOut, 2) + ", " + Report.f(jsonTpOut - tpOut, 2),
                        note.strip());
                gains.append(level).append(" +").append(Report.f(lufsOut - lufsIn, 1)).append(" LU → ").append(Report.f(lufsOut, 1))
                        .append(" LUFS, ").append(Report.f(tpOut, 2)).append(" dBTP; ");
                worstPeak = Math.max(worstPeak, Math.max(tpOut, ffOut[1]));
                worstJson = Math.max(worstJson, Math.max(Math.abs(jsonOut - lufsOut), Math.abs(jsonTpOut - tpOut)));
                done++;
                job.delete();
                Audio.delete(outFile);
            }
            report.end();
            report.summary("3. boost, " + input.name + ", from " + Report.f(lufsIn, 1) + " LUFS",
                    gains + "JSON vs file within " + Report.f(worstJson, 2), "true peak ≤ −1 dBTP",
                    done < LEVELS.length ? "not all measured" : worstPeak <= -1.0 + 0.05 ? "met (max " + Report.f(worstPeak, 2) + ")"
                            : "NOT met (max " + Report.f(worstPeak, 2) + ")");
        }
        report.note("FFmpeg prints its figures to 0.1; its true-peak meter also oversamples 4x, so the two meters may differ by a few hundredths of a dB. "
                + "The loudness gain falls short of the nominal gain where the limiter works, more so the louder the input.");
    }
}
