package navaa.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Target 4: vocal separation's SDR against the do-nothing baseline (the mixture given as
 * each stem's estimate), on a synthetic song whose true stems are known: a spoken voice
 * panned centre over a sox-made two-second bar repeated throughout (plucked bass and
 * hi-hat panned left, plucked chords panned right), 44.1 kHz, voice and accompaniment at
 * equal energy; once as the stereo mix and once as its mono downmix.
 */
final class Separation {

    static final int RATE = 44_100;

    private final Bench bench;
    private final Report report;

    Separation(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
    }

    void run() {
        Path dir = bench.dir("separation");
        float[] voice = Audio.read(Speech.read(dir, "en-us", 0, 6, RATE, 1)).samples();
        float[][] accompaniment = accompaniment(dir, voice.length);
        // equal energy: the baseline's SDR is then 0 dB for both stems
        double ev = 0;
        double ea = 0;
        for (int i = 0; i < voice.length; i++) {
            ev += 2.0 * voice[i] * voice[i];
            ea += (double) accompaniment[0][i] * accompaniment[0][i] + (double) accompaniment[1][i] * accompaniment[1][i];
        }
        float g = (float) Math.sqrt(ev / ea);
        float[] vocals = new float[voice.length * 2];
        float[] instrumental = new float[voice.length * 2];
        float peak = 0;
        for (int i = 0; i < voice.length; i++) {
            vocals[2 * i] = vocals[2 * i + 1] = voice[i];
            instrumental[2 * i] = g * accompaniment[0][i];
            instrumental[2 * i + 1] = g * accompaniment[1][i];
            peak = Math.max(peak, Math.max(Math.abs(vocals[2 * i] + instrumental[2 * i]), Math.abs(vocals[2 * i + 1] + instrumental[2 * i + 1])));
        }
        float scale = 0.9f / peak;
        float[] mixture = new float[vocals.length];
        for (int i = 0; i < mixture.length; i++) {
            vocals[i] *= scale;
            instrumental[i] *= scale;
            mixture[i] = vocals[i] + instrumental[i];
        }
        Audio.Pcm stereoVocals = new Audio.Pcm(vocals, 2, RATE);
        Audio.Pcm stereoInstrumental = new Audio.Pcm(instrumental, 2, RATE);
        Path stereo = Audio.write(dir.resolve("song-stereo.wav"), new Audio.Pcm(mixture, 2, RATE));
        Audio.Pcm monoVocals = new Audio.Pcm(stereoVocals.mono(), 1, RATE);
        Audio.Pcm monoInstrumental = new Audio.Pcm(stereoInstrumental.mono(), 1, RATE);
        Path mono = Audio.write(dir.resolve("song-mono.wav"), new Audio.Pcm(new Audio.Pcm(mixture, 2, RATE).mono(), 1, RATE));

        report.note("Song: " + Report.f(voice.length / (double) RATE, 1) + " s, 16-bit WAV. SDR = 10·log10(Σs² / Σ(ŝ − s)²) over all "
                + "samples and channels (the Music Demixing Challenge's; no projection, so a gain error counts).");
        report.table("mix", "stem", "SDR of the mixture as estimate dB", "SDR of the service's stem dB", "improvement dB", "job s", "note");
        measure("stereo", stereo, stereoVocals, stereoInstrumental);
        measure("mono", mono, monoVocals, monoInstrumental);
        report.end();
    }

    private void measure(String name, Path song, Audio.Pcm vocals, Audio.Pcm instrumental) {
        Audio.Pcm mixture = Audio.read(song);
        double baseVocals = Metrics.sdr(mixture.samples(), vocals.samples());
        double baseInstrumental = Metrics.sdr(mixture.samples(), instrumental.samples());
        Bench.Job job = bench.submit(Bench.Service.SEPARATE, Map.of(), Map.of("audio_file", song));
        if (!job.accepted()) {
            String why = "**not available**: `POST " + Bench.Service.SEPARATE.upload + "` answered HTTP " + job.upload.reply().status()
                    + " `" + job.upload.reply().shortBody() + "`";
            report.row(name, "vocals", baseVocals, null, null, null, why);
            report.row(name, "instrumental", baseInstrumental, null, null, null, why);
            report.summary("4. separation SDR, " + name + " mix", "not available: HTTP " + job.upload.reply().status(), "> mixture baseline", "not measured");
            return;
        }
        job.await(Duration.ofMinutes(20));
        if (!job.completed()) {
            report.row(name, "vocals", baseVocals, null, null, null, "job " + job.why());
            report.row(name, "instrumental", baseInstrumental, null, null, null, "job " + job.why());
            report.summary("4. separation SDR, " + name + " mix", "job " + job.why(), "> mixture baseline", "not measured");
            return;
        }
        String[][] stems = {{"vocals", "vocals_url"}, {"instrumental", "instrumental_url"}};
        Audio.Pcm[] references = {vocals, instrumental};
        double[] baselines = {baseVocals, baseInstrumental};
        double[] sdrs = {Double.NaN, Double.NaN};
        for (int s = 0; s < 2; s++) {
            String note = "";
            try {
                Path file = job.download(stems[s][1], song.resolveSibling("out-" + name + "-" + stems[s][0] + ".wav"));
                Audio.Pcm estimate = Audio.readAs(file, RATE, mixture.channels());
                if (estimate.frames() != mixture.frames()) {
                    note = "output " + estimate.frames() + " frames, input " + mixture.frames();
                }
                double sdr = Metrics.sdr(estimate.samples(), references[s].samples());
                sdrs[s] = sdr;
                report.row(name, stems[s][0], baselines[s], sdr, sdr - baselines[s], job.wallSeconds(), note);
            } catch (RuntimeException e) {
                report.row(name, stems[s][0], baselines[s], null, null, job.wallSeconds(), "download failed: " + e.getMessage());
            }
        }
        report.summary("4. separation SDR, " + name + " mix", "vocals " + Report.f(sdrs[0], 2) + " dB, instrumental " + Report.f(sdrs[1], 2)
                + " dB (mixture: " + Report.f(baseVocals, 2) + " / " + Report.f(baseInstrumental, 2) + " dB)", "> mixture baseline",
                Double.isNaN(sdrs[0] + sdrs[1]) ? "not measured" : Report.verdict(sdrs[0] > baseVocals && sdrs[1] > baseInstrumental));
        String method = job.finished.field("method");
        if (method != null) {
            report.note("Method (" + name + " job): " + method);
        }
        job.delete();
    }

    /** Left and right channels of the accompaniment, the bar repeated to the length. */
    private static float[][] accompaniment(Path dir, int frames) {
        String r = Integer.toString(RATE);
        Path bass = dir.resolve("bass.wav");
        Audio.run("sox", "-R", "-n", "-r", r, "-c", "1", bass.toString(), "synth", "0.5", "pluck", "A2", ":", "synth", "0.5", "pluck", "C3",
                ":", "synth", "0.5", "pluck", "E3", ":", "synth", "0.5", "pluck", "C3", "vol", "0.6");
        Path hat = dir.resolve("hat.wav");
        Audio.run("sox", "-R", "-n", "-r", r, "-c", "1", hat.toString(), "synth", "0.03", "whitenoise", "pad", "0", "0.22", "repeat", "7", "vol", "0.3");
        Path low = dir.resolve("chord-low.wav");
        Path mid = dir.resolve("chord-mid.wav");
        Path high = dir.resolve("chord-high.wav");
        Audio.run("sox", "-R", "-n", "-r", r, "-c", "1", low.toString(), "synth", "1", "pluck", "C4", ":", "synth", "1", "pluck", "G3");
        Audio.run("sox", "-R", "-n", "-r", r, "-c", "1", mid.toString(), "synth", "1", "pluck", "E4", ":", "synth", "1", "pluck", "B3");
        Audio.run("sox", "-R", "-n", "-r", r, "-c", "1", high.toString(), "synth", "1", "pluck", "G4", ":", "synth", "1", "pluck", "D4");
        float[] b = Audio.read(bass).samples();
        float[] h = Audio.read(hat).samples();
        float[] c1 = Audio.read(low).samples();
        float[] c2 = Audio.read(mid).samples();
        float[] c3 = Audio.read(high).samples();
        int bar = Math.min(Math.min(b.length, h.length), Math.min(c1.length, Math.min(c2.length, c3.length)));
        float[] left = new float[frames];
        float[] right = new float[frames];
        for (int i = 0; i < frames; i++) {
            int k = i % bar;
            float a = b[k] + h[k];
            float c = (c1[k] + c2[k] + c3[k]) / 3;
            // A panned left, B panned right
            left[i] = a + 0.3f * c;
            right[i] = 0.3f * a + c;
        }
        return new float[][]{left, right};
    }
}
