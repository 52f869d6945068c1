package navaa.bench;

import navaa.models.diarization.DiarizationError;
import navaa.models.diarization.Rttm;
import navaa.models.diarization.SpeakerTurn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Part 7, issue 5's benchmark: diarization through {@code POST /api/diarization/jobs/} as a
 * client uses it, scored against conversations built here with known turns.
 * <ol>
 * <li>DER (md-eval's way, 0.25 s collar, with and without the overlapped frames) and the
 * speaker count on 12 conversations of real people (the Asterisk prompts: Allison,
 * June, Carlo and a Russian voice, 8 kHz telephone speech) and 2 of espeak-ng voices: one
 * to four speakers, balanced and one-dominant-speaker cases, some turns overlapping the
 * previous one by 0.5–1.5 s. Overall DER is time-weighted (the error seconds of all
 * conversations over their scored reference seconds).</li>
 * <li>The whole job's real-time factor and server CPU per audio second on a 10-minute
 * conversation and on 2 hours (the 10-minute one 12 times), with the peak heap used
 * during each job (jstat each second after a full GC), and the DER of each.</li>
 * </ol>
 * Every conversation is made with a fixed seed, so runs are comparable; each one's truth
 * and the server's hypothesis are written as RTTM into {@code target/work/diarization}.
 */
final class DiarizationBench {

    static final double DER_TARGET = 0.15;
    static final double RTF_TARGET = 0.05;
    static final double COLLAR = 0.25;
    /** The conversations' seed: change it and every figure of this part changes. */
    static final long SEED = 5_2024L;
    static final Path SOUNDS = Path.of(System.getProperty("bench.sounds", "/usr/share/asterisk/sounds"));
    /** The Asterisk prompt folders of four different people, and who they are. */
    static final String[][] REAL = {{"en", "Allison (en)"}, {"fr", "June (fr)"}, {"it", "Carlo (it)"}, {"ru", "ru voice"}};
    /** The espeak-ng voices of the synthetic conversations. */
    static final String[] ESPEAK = {"en-us", "en-us+f3", "en-us+klatt4"};

    /** Longest prompt used, seconds (about 240 of each voice's ~280 prompts are shorter). */
    static final double MAX_PROMPT = 6;

    private final Bench bench;
    private final Report report;
    private final Path dir;
    private final Map<String, List<float[]>> prompts = new HashMap<>();

    DiarizationBench(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
        this.dir = bench.dir("diarization");
    }

    /**
     * A conversation to build: which voices (indexes into REAL, or into ESPEAK when
     * synthetic), how long, whether the first voice dominates (2–3 prompts a turn against
     * the others' one), how many prompts a turn has otherwise, and how often a turn
     * starts 0.5–1.5 s before the previous one ends.
     */
    record Spec(String name, boolean synthetic, int[] voices, double seconds, boolean dominant, int minPrompts, int maxPrompts,
                double overlap) {

        int speakers() {
            return voices.length;
        }
    }

    static List<Spec> specs() {
        return List.of(
                new Spec("1 voice: Allison", false, new int[]{0}, 75, false, 1, 3, 0),
                new Spec("1 voice: ru", false, new int[]{3}, 60, false, 1, 3, 0),
                new Spec("2 balanced: June, Carlo", false, new int[]{1, 2}, 120, false, 1, 3, 0.1),
                new Spec("2, Allison dominant, ru", false, new int[]{0, 3}, 120, true, 1, 1, 0.1),
                new Spec("2 women overlapping: Allison, June", false, new int[]{0, 1}, 90, false, 1, 3, 0.3),
                new Spec("2 quick turns: Carlo, ru", false, new int[]{2, 3}, 60, false, 1, 1, 0.2),
                new Spec("3 balanced: Allison, June, Carlo", false, new int[]{0, 1, 2}, 150, false, 1, 3, 0.1),
                new Spec("3, Carlo dominant, Allison, ru", false, new int[]{2, 0, 3}, 120, true, 1, 1, 0.1),
                new Spec("3 quick turns: June, Carlo, ru", false, new int[]{1, 2, 3}, 90, false, 1, 1, 0.2),
                new Spec("4 balanced", false, new int[]{0, 1, 2, 3}, 180, false, 1, 3, 0.1),
                new Spec("4, June dominant", false, new int[]{1, 0, 2, 3}, 180, true, 1, 1, 0.1),
                new Spec("4 overlapping", false, new int[]{3, 2, 1, 0}, 150, false, 1, 3, 0.3),
                new Spec("espeak 3 balanced", true, new int[]{0, 1, 2}, 90, false, 1, 2, 0.1),
                new Spec("espeak 3, en-us dominant", true, new int[]{0, 1, 2}, 75, true, 1, 1, 0.2));
    }

    void run() throws IOException {
        boolean real = Stream.of(REAL).allMatch(v -> Files.isDirectory(SOUNDS.resolve(v[0])));
        report.note("Conversations built with seed " + SEED + " (the same audio and truth on every run): turns of 1–3 prompts "
                + "(0.2 s apart) after pauses of 0.3–0.9 s, some starting 0.5–1.5 s (at most half the previous turn) before the previous turn ends; a dominant speaker "
                + "says 2–3 prompts a turn, the others one. Real voices: the Asterisk prompts (" + SOUNDS + ", Debian's "
                + "asterisk-core-sounds-{en,fr,it,ru}-wav, 8 kHz telephone speech, CC BY-SA 3.0 Digium) of four people: "
                + "Allison (en), June (fr), Carlo (it) and a Russian voice; synthetic: espeak-ng " + String.join(", ", ESPEAK)
                + " reading Harvard sentences. Uploaded as 16 kHz mono 16-bit WAV, `output_formats=json`, the speaker count left "
                + "to the server. Truth is where each voice sounds (each turn trimmed at −40 dBFS). DER as md-eval: 10 ms grid, "
                + "optimal speaker mapping, " + COLLAR + " s collar around every reference boundary not scored; \"without overlap\" "
                + "also leaves out frames where the truth has two speakers (the collars around both ends of an overlap of 0.5 s "
                + "already cover all of it, so only the longer overlaps count there). RTTM of truth and hypothesis: `" + dir + "`.");
        if (!real) {
            report.note("**The Asterisk prompts are missing** (" + SOUNDS + "/{en,fr,it,ru}): only the espeak-ng conversations are "
                    + "measured; `benchmarks/run` installs asterisk-core-sounds-{en,fr,it,ru}-wav when run as root.");
        }
        quality(real);
        speed(real);
    }

    // ------------------------------------------------------------------ 1. DER and speaker count

    private void quality(boolean real) throws IOException {
        report.table("conversation", "speakers", "found", "s", "speech s", "overlap s", "DER %", "missed s", "false alarm s",
                "confusion s", "DER % without overlap", "wall s", "RTF");
        DiarizationError.Score all = zero();
        DiarizationError.Score allNoOverlap = zero();
        DiarizationError.Score realAll = zero();
        DiarizationError.Score espeakAll = zero();
        int counted = 0;
        int right = 0;
        TreeMap<Integer, TreeMap<Integer, Integer>> counts = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        List<Spec> specs = specs();
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (!spec.synthetic() && !real) {
                continue;
            }
            String id = String.format("c%02d", i + 1);
            Built built = build(spec, new Random(SEED + i), spec.seconds());
            Path wav = built.wav(id);
            Bench.write(dir.resolve(id + ".ref.rttm"), Rttm.format(id, built.truth()));
            Bench.Job job = bench.submit(Bench.Service.DIARIZE, Map.of("output_formats", "json"), Map.of("audio_file", wav));
            if (!job.accepted()) {
                report.row(id + " " + spec.name(), spec.speakers(), "not available: " + job.why(), built.seconds(), null, null, null,
                        null, null, null, null, null, null);
                missing.add(id + ": " + job.upload.reply());
                continue;
            }
            job.await(Duration.ofMinutes(30));
            if (!job.completed()) {
                report.row(id + " " + spec.name(), spec.speakers(), "**job " + job.why() + "**", built.seconds(), null, null, null,
                        null, null, null, null, null, null);
                missing.add(id + ": " + job.why());
                job.delete();
                continue;
            }
            Hypothesis hyp = hypothesis(job);
            job.delete();
            Bench.write(dir.resolve(id + ".hyp.rttm"), Rttm.format(id, hyp.turns()));
            DiarizationError.Score score = new DiarizationError(COLLAR, false).score(built.truth(), hyp.turns());
            DiarizationError.Score noOverlap = new DiarizationError(COLLAR, true).score(built.truth(), hyp.turns());
            all = all.plus(score);
            allNoOverlap = allNoOverlap.plus(noOverlap);
            if (spec.synthetic()) {
                espeakAll = espeakAll.plus(score);
            } else {
                realAll = realAll.plus(score);
            }
            counted++;
            right += hyp.speakers() == spec.speakers() ? 1 : 0;
            counts.computeIfAbsent(spec.speakers(), k -> new TreeMap<>()).merge(hyp.speakers(), 1, Integer::sum);
            report.row(id + " " + spec.name(), spec.speakers(), hyp.speakers() == spec.speakers() ? Integer.toString(hyp.speakers())
                            : "**" + hyp.speakers() + "**", Report.f(built.seconds(), 1), Report.f(built.speech(), 1),
                    Report.f(built.overlap(), 1), Report.f(100 * score.rate(), 1), score.missed(), score.falseAlarm(), score.confusion(),
                    Report.f(100 * noOverlap.rate(), 1), Report.f(job.wallSeconds(), 1), Report.f(job.wallSeconds() / built.seconds(), 3));
        }
        if (counted > 0) {
            report.row("**all, time-weighted**", "", right + " of " + counted + " right", "", Report.f(all.reference(), 1), "",
                    "**" + Report.f(100 * all.rate(), 1) + "**", all.missed(), all.falseAlarm(), all.confusion(),
                    "**" + Report.f(100 * allNoOverlap.rate(), 1) + "**", "", "");
        }
        report.end();
        if (counted == 0) {
            report.summary("7. diarization DER (collar " + COLLAR + " s)", "not available: " + String.join("; ", missing),
                    "≤ " + pct(DER_TARGET), "not measured");
            return;
        }
        report.note("Time-weighted DER: real voices " + Report.f(100 * realAll.rate(), 1) + " % (" + Report.f(realAll.reference(), 0)
                + " s scored), espeak-ng voices " + Report.f(100 * espeakAll.rate(), 1) + " % (" + Report.f(espeakAll.reference(), 0)
                + " s scored).");

        int most = counts.values().stream().flatMap(m -> m.keySet().stream()).mapToInt(Integer::intValue).max().orElse(1);
        most = Math.max(most, counts.lastKey());
        String[] header = new String[most + 1];
        header[0] = "true speakers \\ found";
        for (int f = 1; f <= most; f++) {
            header[f] = Integer.toString(f);
        }
        report.table(header);
        for (Map.Entry<Integer, TreeMap<Integer, Integer>> row : counts.entrySet()) {
            Object[] cells = new Object[most + 1];
            cells[0] = row.getKey();
            for (int f = 1; f <= most; f++) {
                Integer n = row.getValue().get(f);
                cells[f] = n == null ? "" : f == row.getKey() ? n.toString() : "**" + n + "**";
            }
            report.row(cells);
        }
        report.end();

        long synthetic = specs.stream().filter(Spec::synthetic).count();
        String what = "7. diarization DER (collar " + COLLAR + " s), " + (counted == specs.size()
                ? counted + " conversations (" + (counted - synthetic) + " real voices, " + synthetic + " espeak-ng)"
                : counted + " of " + specs.size() + " conversations") + ", time-weighted";
        report.summary(what, pct(all.rate()) + " (without overlap " + pct(allNoOverlap.rate()) + "; real " + pct(realAll.rate())
                + ", espeak " + pct(espeakAll.rate()) + ")", "≤ " + pct(DER_TARGET), Report.verdict(all.rate() <= DER_TARGET));
        List<String> off = new ArrayList<>();
        counts.forEach((truth, found) -> found.forEach((n, times) -> {
            if (n.intValue() != truth.intValue()) {
                off.add(truth + " → " + n + (times > 1 ? " (×" + times + ")" : ""));
            }
        }));
        report.summary("7. speaker count found = true count", right + " of " + counted + " conversations"
                + (off.isEmpty() ? "" : "; wrong, true → found: " + String.join(", ", off)), "(no target)", "–");
        if (!missing.isEmpty()) {
            report.note("**Conversations without a result:** " + String.join("; ", missing));
        }
    }

    // ------------------------------------------------------------------ 2. speed and heap, 10 minutes and 2 hours

    private void speed(boolean real) throws IOException {
        if (!real) {
            report.note("**Speed and heap not measured:** the long conversations are made of the real voices.");
            return;
        }
        double seconds = JobSpeed.seconds(bench);
        Spec spec = new Spec("long", false, new int[]{0, 1, 2, 3}, seconds, false, 1, 3, 0.1);
        Built ten = build(spec, new Random(SEED + 100), seconds);
        Path tenWav = ten.wav("long-" + (int) seconds + "s");
        Path twoWav = dir.resolve("long-" + (int) (12 * seconds) + "s.wav");
        // the 10-minute file 12 times; its truth shifted by the file's exact length each time
        Audio.run(List.of("sox", tenWav.toString(), twoWav.toString(), "repeat", "11"), 1800);
        List<SpeakerTurn> twoTruth = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            double shift = k * ten.fileSeconds();
            ten.truth().forEach(t -> twoTruth.add(new SpeakerTurn(t.start() + shift, t.end() + shift, t.speaker())));
        }
        String tenName = Report.f(seconds / 60, seconds < 60 ? 1 : 0) + "-minute";
        String twoName = seconds == 600 ? "2-hour" : Report.f(12 * seconds / 60, 0) + "-minute";
        Optional<ProcessHandle> server = Machine.server(bench.domain);
        long pid = server.map(ProcessHandle::pid).orElse(-1L);
        double maxHeap = pid > 0 ? Machine.maxHeapMb(pid) : Double.NaN;
        report.note("Long conversations: four real voices, balanced, " + Report.f(ten.overlap(), 0) + " s overlapped, " + tenName + " ("
                + JobSpeed.mb(tenWav) + " MB) and the same 12 times, " + twoName + " (" + JobSpeed.mb(twoWav) + " MB), 16 kHz mono WAV. "
                + "Server: " + (pid > 0 ? "pid " + pid + ", maximum heap " + Report.f(maxHeap, 0) + " MB" : "process not found (no heap or CPU figures)")
                + ". A full GC (jcmd GC.run) before each job; heap used (survivors + eden + old) sampled each second with jstat. "
                + "RTF: wall time from the upload's answer to the first poll (every 200 ms) that says completed, over the audio's duration.");
        Bench.write(dir.resolve("long-10.ref.rttm"), Rttm.format("long-10", ten.truth()));
        Bench.write(dir.resolve("long-120.ref.rttm"), Rttm.format("long-120", twoTruth));

        report.table("input", "completed", "speakers found", "DER %", "DER % without overlap", "upload s", "wall s", "RTF", "target",
                "server CPU s per audio s", "heap before MB (after full GC)", "peak heap used MB", "peak old gen MB", "young / full GCs",
                "1-min load before");
        record LongRun(String name, String id, Path wav, double seconds, List<SpeakerTurn> truth, boolean heapTarget) {
        }
        for (LongRun run : List.of(new LongRun(tenName, "long-10", tenWav, ten.fileSeconds(), ten.truth(), false),
                new LongRun(twoName, "long-120", twoWav, 12 * ten.fileSeconds(), twoTruth, true))) {
            String load = Machine.loadShort();
            String what = "7. diarization RTF, " + run.name + " 16 kHz mono";
            if (pid > 0) {
                Machine.fullGc(pid);
            }
            Machine.HeapSampler heap = pid > 0 ? new Machine.HeapSampler(pid) : null;
            try {
                Api.sleep(3500);
                long start = System.nanoTime();
                double cpuBefore = pid > 0 ? Machine.cpuSeconds(pid) : Double.NaN;
                Bench.Job job = bench.submit(Bench.Service.DIARIZE, Map.of("output_formats", "json"), Map.of("audio_file", run.wav));
                if (!job.accepted()) {
                    report.row(run.name, "not available: " + job.why(), null, null, null, job.upload.seconds(), null, null, null, null,
                            null, null, null, null, load);
                    report.summary(what, "not available: " + job.upload.reply(), "≤ " + RTF_TARGET, "not measured");
                    continue;
                }
                if (run.heapTarget) {
                    job.maxAttempts = 1; // a failure is the figure here, not something to retry
                }
                job.await(Duration.ofMinutes(run.heapTarget ? 240 : 60));
                double cpu = pid > 0 ? Machine.cpuSeconds(pid) - cpuBefore : Double.NaN;
                Api.sleep(1500);
                List<Machine.HeapSampler.Sample> all = heap == null ? List.of() : heap.samples();
                List<Machine.HeapSampler.Sample> during = all.stream().filter(s -> s.at() >= start).toList();
                List<Machine.HeapSampler.Sample> before = all.stream().filter(s -> s.at() < start).toList();
                double used = during.stream().mapToDouble(Machine.HeapSampler.Sample::usedMb).max().orElse(Double.NaN);
                double old = during.stream().mapToDouble(Machine.HeapSampler.Sample::oldMb).max().orElse(Double.NaN);
                String gcs = null;
                Object heapBefore = null;
                if (!during.isEmpty()) {
                    Machine.HeapSampler.Sample first = before.isEmpty() ? during.get(0) : before.get(before.size() - 1);
                    Machine.HeapSampler.Sample last = during.get(during.size() - 1);
                    gcs = (last.youngGcs() - first.youngGcs()) + " / " + (last.fullGcs() - first.fullGcs());
                    heapBefore = first.usedMb();
                } else if (heap != null) {
                    gcs = "no jstat samples: " + heap.problems();
                }
                String heapFigure = Double.isNaN(used) ? "heap not sampled" : "peak heap used " + Report.f(used, 0) + " MB (old gen "
                        + Report.f(old, 0) + " MB)";
                if (!job.completed()) {
                    report.row(run.name, "**NO**: " + job.why(), null, null, null, job.upload.seconds(), null, null, "≤ " + RTF_TARGET,
                            null, heapBefore, used, old, gcs, load);
                    report.summary(what, "job " + job.why(), "≤ " + RTF_TARGET, "not measured");
                    if (run.heapTarget) {
                        report.summary("7. diarization, " + run.name + " file with the heap capped at " + Report.f(maxHeap, 0) + " MB",
                                "**did not complete**: " + job.why() + "; " + heapFigure, "completes", "NOT met");
                    }
                    job.delete();
                    continue;
                }
                Hypothesis hyp = hypothesis(job);
                job.delete();
                Bench.write(dir.resolve(run.id + ".hyp.rttm"), Rttm.format(run.id, hyp.turns()));
                DiarizationError.Score score = new DiarizationError(COLLAR, false).score(run.truth, hyp.turns());
                DiarizationError.Score noOverlap = new DiarizationError(COLLAR, true).score(run.truth, hyp.turns());
                double rtf = job.wallSeconds() / run.seconds;
                report.row(run.name, "yes", hyp.speakers() == 4 ? "4" : "**" + hyp.speakers() + "**", Report.f(100 * score.rate(), 1),
                        Report.f(100 * noOverlap.rate(), 1), job.upload.seconds(), Report.f(job.wallSeconds(), 1), Report.f(rtf, 3),
                        "≤ " + RTF_TARGET, Report.f(cpu / run.seconds, 3), heapBefore, used, old, gcs, load);
                report.summary(what, Report.f(rtf, 3) + " (" + Report.f(job.wallSeconds(), 1) + " s; server CPU " + Report.f(cpu / run.seconds, 3)
                        + " s per audio s)", "≤ " + RTF_TARGET, Report.verdict(rtf <= RTF_TARGET));
                report.summary("7. diarization DER, " + run.name + " conversation (4 real voices)", pct(score.rate()) + " (without overlap "
                        + pct(noOverlap.rate()) + "), " + hyp.speakers() + " speakers found of 4", "≤ " + pct(DER_TARGET),
                        Report.verdict(score.rate() <= DER_TARGET));
                if (run.heapTarget) {
                    report.summary("7. diarization, " + run.name + " file with the heap capped at " + Report.f(maxHeap, 0) + " MB",
                            "completes; " + heapFigure, "completes", "met");
                }
            } finally {
                if (heap != null) {
                    heap.close();
                }
            }
        }
        report.end();
        report.note("G1 lets the used heap grow to what it has committed before it collects, so the peak used heap is mostly eden "
                + "waiting for a collection; the peak old generation is closer to what the job really holds. Server CPU is the domain "
                + "JVM's user + system time over the job (both cores count). The " + twoName + " file repeats the " + tenName
                + " one, so its DER also shows whether the clustering holds over a long recording (the same four voices come back "
                + "every " + Report.f(ten.fileSeconds() / 60, 1) + " minutes).");
        Audio.delete(twoWav);
    }

    // ------------------------------------------------------------------ the server's answer

    record Hypothesis(List<SpeakerTurn> turns, int speakers) {
    }

    @SuppressWarnings("unchecked")
    private Hypothesis hypothesis(Bench.Job job) {
        String path = "/api/diarization/jobs/" + job.upload.id() + "/result.json";
        Api.Reply reply = bench.api.get(path);
        Map<String, Object> json = reply.json();
        if (reply.status() != 200 || json == null) {
            throw new IllegalStateException("GET " + path + " answered " + reply);
        }
        List<SpeakerTurn> turns = new ArrayList<>();
        for (Object o : (List<Object>) json.getOrDefault("segments", List.of())) {
            Map<String, Object> segment = (Map<String, Object>) o;
            double start = Json.number(segment, "start");
            double end = Json.number(segment, "end");
            if (end > start) {
                turns.add(new SpeakerTurn(start, end, Json.string(segment, "speaker")));
            }
        }
        double n = Json.number(json, "num_speakers");
        return new Hypothesis(turns, Double.isNaN(n) ? DiarizationError.speakers(turns).size() : (int) n);
    }

    // ------------------------------------------------------------------ building conversations

    /** A conversation's audio (at its voices' rate) and its truth. */
    final class Built {
        final int rate;
        private float[] audio = new float[0];
        private int length;
        private final List<SpeakerTurn> truth = new ArrayList<>();

        Built(int rate) {
            this.rate = rate;
        }

        /** A turn after a pause of {@code gap} s; a negative gap starts it that much before the previous turn ends. */
        void add(String speaker, float[] recording, double gap) {
            float[] speech = trimmed(recording);
            double lastEnd = truth.isEmpty() ? 0 : truth.get(truth.size() - 1).end();
            double start = Math.max(0, (truth.isEmpty() ? 0.5 : lastEnd) + gap);
            int at = (int) Math.round(start * rate);
            if (at + speech.length > audio.length) {
                audio = java.util.Arrays.copyOf(audio, Math.max(at + speech.length, 2 * audio.length));
            }
            for (int i = 0; i < speech.length; i++) {
                audio[at + i] += speech[i];
            }
            length = Math.max(length, at + speech.length);
            truth.add(new SpeakerTurn(start, start + (double) speech.length / rate, speaker));
        }

        double end() {
            return truth.isEmpty() ? 0 : truth.stream().mapToDouble(SpeakerTurn::end).max().orElse(0);
        }

        List<SpeakerTurn> truth() {
            return List.copyOf(truth);
        }

        /** The file's length: the speech and 0.5 s of silence after it. */
        double seconds() {
            return (length + Math.round(0.5 * rate)) / (double) rate;
        }

        /** The length of the 16 kHz file exactly (what repeats are shifted by). */
        double fileSeconds() {
            return Math.round(seconds() * 16_000) / 16_000.0;
        }

        double speech() {
            return truth.stream().mapToDouble(SpeakerTurn::duration).sum();
        }

        double overlap() {
            double overlap = 0;
            for (int i = 1; i < truth.size(); i++) {
                overlap += Math.max(0, truth.get(i - 1).end() - truth.get(i).start());
            }
            return overlap;
        }

        /** 16 kHz mono 16-bit WAV in the part's folder (sox resamples the 8 kHz prompts). */
        Path wav(String name) {
            float[] samples = java.util.Arrays.copyOf(audio, length + (int) Math.round(0.5 * rate));
            Path wav = dir.resolve(name + ".wav");
            if (rate == 16_000) {
                return Audio.write(wav, new Audio.Pcm(samples, 1, rate));
            }
            Path raw = dir.resolve(name + "-" + rate + ".wav");
            Audio.write(raw, new Audio.Pcm(samples, 1, rate));
            Audio.run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString());
            Audio.delete(raw);
            return wav;
        }
    }

    /**
     * Turns until the conversation is {@code seconds} long: the next speaker as
     * {@link #next} picks, 1–3 prompts or sentences a
     * turn, a pause of 0.3–0.9 s or, with the spec's probability, 0.5–1.5 s of overlap.
     */
    Built build(Spec spec, Random random, double seconds) {
        Built built = new Built(spec.synthetic() ? 16_000 : 8_000);
        int[] cursor = new int[spec.speakers()];
        for (int v = 0; v < cursor.length; v++) {
            cursor[v] = random.nextInt(1000);
        }
        int previous = -1;
        double[] spoken = new double[spec.speakers()];
        while (built.end() < seconds) {
            int who = next(spec, random, previous, spoken);
            int count = spec.dominant() && who == 0 ? 2 + random.nextInt(2)
                    : spec.minPrompts() + random.nextInt(spec.maxPrompts() - spec.minPrompts() + 1);
            boolean overlapping = previous >= 0 && previous != who && random.nextDouble() < spec.overlap();
            double gap = previous < 0 ? 0 : overlapping ? -overlapSeconds(random, built) : 0.3 + 0.6 * random.nextDouble();
            int voice = spec.voices()[who];
            float[] turn = spec.synthetic() ? sentences(voice, cursor[who], count) : prompts(voice, cursor[who], count);
            cursor[who] += count;
            built.add(spec.synthetic() ? ESPEAK[voice] : REAL[voice][1], turn, gap);
            spoken[who] += built.truth.get(built.truth.size() - 1).duration();
            previous = who;
        }
        return built;
    }

    /**
     * 0.5–1.5 s, at most half the previous turn. With the 0.25 s collar around both ends
     * of a 0.5 s overlap every overlapped frame is already unscored (as in DiarizerTest's
     * conversations), so the longer ones are what the "without overlap" DER leaves out.
     */
    private static double overlapSeconds(Random random, Built built) {
        double wanted = 0.5 + random.nextDouble();
        return Math.min(wanted, built.truth.get(built.truth.size() - 1).duration() / 2);
    }

    /**
     * Any speaker but the last: with a dominant speaker, that one three times as likely as
     * each other; otherwise those who have spoken less so far are the likelier, so a
     * "balanced" conversation stays balanced.
     */
    private static int next(Spec spec, Random random, int previous, double[] spoken) {
        int n = spec.speakers();
        if (n == 1) {
            return 0;
        }
        double most = java.util.Arrays.stream(spoken).max().orElse(0);
        double total = 0;
        double[] weight = new double[n];
        for (int v = 0; v < n; v++) {
            weight[v] = v == previous ? 0 : spec.dominant() ? (v == 0 ? 3 : 1) : most - spoken[v] + 5;
            total += weight[v];
        }
        double pick = random.nextDouble() * total;
        for (int v = 0; v < n; v++) {
            pick -= weight[v];
            if (pick < 0 && weight[v] > 0) {
                return v;
            }
        }
        return previous == n - 1 ? 0 : n - 1;
    }

    /** Prompts [from, from + count) of a real voice (modulo how many it has), 0.2 s apart, 8 kHz. */
    private float[] prompts(int voice, int from, int count) {
        List<float[]> all = prompts.computeIfAbsent(REAL[voice][0], DiarizationBench::loadPrompts);
        List<float[]> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(all.get((from + i) % all.size()));
            parts.add(new float[(int) Math.round(0.2 * 8_000)]);
        }
        return concat(parts);
    }

    /**
     * A voice's prompts in name order, longer than 1.2 s (the short ones are single words) as
     * DiarizerTest takes them, and at most {@link #MAX_PROMPT} s (a few are 10–40 s
     * monologues, which would make a "turn" of a minute).
     */
    private static List<float[]> loadPrompts(String folder) {
        try (Stream<Path> files = Files.list(SOUNDS.resolve(folder))) {
            List<Path> wavs = files.filter(p -> p.toString().endsWith(".wav"))
                    .filter(p -> p.toFile().length() > 1.2 * 16_000 && p.toFile().length() <= 44 + MAX_PROMPT * 16_000).sorted().toList();
            List<float[]> pcm = new ArrayList<>();
            for (Path wav : wavs) {
                Audio.Pcm p = Audio.read(wav);
                if (p.rate() != 8_000) {
                    throw new IllegalStateException(wav + " is " + p.rate() + " Hz, not the 8 kHz of the Asterisk prompts");
                }
                pcm.add(p.mono());
            }
            return pcm;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** espeak-ng reading Harvard sentences [from, from + count) at 16 kHz (made once, kept). */
    private float[] sentences(int voice, int from, int count) {
        Path file = Speech.read(dir, ESPEAK[voice], from % Speech.SENTENCES.length, count, 16_000, 1);
        return Audio.read(file).samples();
    }

    private static float[] concat(List<float[]> parts) {
        int n = parts.stream().mapToInt(p -> p.length).sum();
        float[] all = new float[n];
        int at = 0;
        for (float[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    /** Speech from its first to its last sample above −40 dBFS. */
    private static float[] trimmed(float[] speech) {
        int first = 0;
        int last = speech.length - 1;
        while (first < last && Math.abs(speech[first]) < 0.01) {
            first++;
        }
        while (last > first && Math.abs(speech[last]) < 0.01) {
            last--;
        }
        return java.util.Arrays.copyOfRange(speech, first, last + 1);
    }

    private static DiarizationError.Score zero() {
        return new DiarizationError.Score(0, 0, 0, 0);
    }

    private static String pct(double rate) {
        return Report.f(100 * rate, 1) + " %";
    }
}
