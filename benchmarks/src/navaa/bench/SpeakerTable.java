package navaa.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Target 5: speaker extraction through the service. (a) The similarity table: each
 * voice's enrolment sample against a recording of each voice alone (different sentences),
 * the job's {@code similarity_score}; same voice on the diagonal. (b) Conversations of
 * four turns with the target (target, other, target, other) and without it (two others):
 * the score, and how much of each speaker's turns the extracted output keeps (energy of
 * output over input within the turns, and the JSON's kept seconds).
 */
final class SpeakerTable {

    static final int RATE = 16_000;
    static final double GAP = 0.6;

    private final Bench bench;
    private final Report report;
    private Bench.Service service = Bench.Service.EXTRACT;

    SpeakerTable(Bench bench, Report report) {
        this.bench = bench;
        this.report = report;
    }

    /** A speaker: the enrolment sample, a recording alone, and two single turns for conversations. */
    private record Voice(String name, Path sample, Path alone, Path[] turns) {
    }

    void run() {
        Path dir = bench.dir("speaker");
        List<Voice> voices = new ArrayList<>();
        for (int v = 0; v < Speech.VOICES.size(); v++) {
            String name = Speech.VOICES.get(v);
            voices.add(new Voice(name, Speech.read(dir, name, v * 6, 2, RATE, 1), Speech.read(dir, name, v * 6 + 2, 3, RATE, 1),
                    new Path[]{Speech.read(dir, name, v * 6 + 2, 1, RATE, 1), Speech.read(dir, name, v * 6 + 3, 1, RATE, 1)}));
        }
        // the real recording: its second half (5 s of speech) enrols, its first half is the speaker's turns
        Speech.real(bench, dir, 5.3, 11, RATE, 1).ifPresent(sample -> voices.add(new Voice("real (JFK)", sample,
                Speech.real(bench, dir, 0, 5.3, RATE, 1).orElseThrow(),
                new Path[]{Speech.real(bench, dir, 0, 2.2, RATE, 1).orElseThrow(), Speech.real(bench, dir, 3.1, 5.3, RATE, 1).orElseThrow()})));

        if (!available(voices.get(0))) {
            return;
        }
        report.note("(a) similarity_score (0–100) of each enrolment sample (rows) against a recording of each voice alone (columns). "
                + "Path: `" + service.upload + "`.");
        String[] header = new String[voices.size() + 1];
        header[0] = "target sample ↓ / recording →";
        for (int i = 0; i < voices.size(); i++) {
            header[i + 1] = voices.get(i).name;
        }
        Map<String, Bench.Job> matrix = new LinkedHashMap<>();
        for (Voice target : voices) {
            for (Voice other : voices) {
                matrix.put(target.name + "|" + other.name, submit(other.alone, target.sample));
            }
        }
        report.table(header);
        List<Double> same = new ArrayList<>();
        List<Double> different = new ArrayList<>();
        List<Double> sameSynthetic = new ArrayList<>();
        List<Double> differentSynthetic = new ArrayList<>();
        for (Voice target : voices) {
            Object[] row = new Object[voices.size() + 1];
            row[0] = target.name;
            for (int i = 0; i < voices.size(); i++) {
                Bench.Job job = matrix.get(target.name + "|" + voices.get(i).name).await(Duration.ofMinutes(10));
                if (!job.completed()) {
                    row[i + 1] = "job " + job.why();
                    continue;
                }
                double score = job.finished.number("similarity_score");
                row[i + 1] = target == voices.get(i) ? "**" + Report.f(score, 1) + "**" : Report.f(score, 1);
                (target == voices.get(i) ? same : different).add(score);
                if (Speech.VOICES.contains(target.name) && Speech.VOICES.contains(voices.get(i).name)) {
                    (target == voices.get(i) ? sameSynthetic : differentSynthetic).add(score);
                }
                job.delete();
            }
            report.row(row);
        }
        report.end();
        boolean separated = !same.isEmpty() && !different.isEmpty()
                && same.stream().mapToDouble(Double::doubleValue).min().orElseThrow() > different.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        boolean separatedSynthetic = !sameSynthetic.isEmpty() && !differentSynthetic.isEmpty()
                && sameSynthetic.stream().mapToDouble(Double::doubleValue).min().orElseThrow()
                > differentSynthetic.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        report.summary("5. speaker similarity_score, same vs different voice, espeak-ng voices", "same " + range(sameSynthetic)
                + "; different " + range(differentSynthetic), "every same above every different",
                sameSynthetic.isEmpty() ? "not measured" : Report.verdict(separatedSynthetic));
        if (same.size() > sameSynthetic.size()) {
            report.summary("5. speaker similarity_score, same vs different voice, with the real voice", "same " + range(same) + "; different "
                    + range(different), "every same above every different", Report.verdict(separated));
        }
        report.note("Same voice: " + range(same) + "; different voices: " + range(different)
                + ". The job's score is the mean of its best windows over 10 s of speech (or half the recording's speech); "
                + "under 50 the target counts as absent, otherwise windows scoring 35 or more, after being lifted towards "
                + "their neighbours in the same turn, are kept (SpeakerSearch). The real voice's sample is JFK's second half; "
                + "its first phrase scores against it as another speaker would (cos 0.46, the model's known miss on it).");

        report.note("(b) Conversations of four turns with " + GAP + " s pauses: with the target (target, other 1, target, other 2) and "
                + "without it (other 1, other 2, other 1, other 2). Kept = output energy over input energy within a speaker's turns "
                + "(0 dB: kept whole; 'muted': below −100 dB).");
        List<Double> withScores = new ArrayList<>();
        List<Double> withoutScores = new ArrayList<>();
        report.table("target", "others", "score with target", "score without", "target turns kept dB", "other turns kept dB (with)",
                "other turns kept dB (without)", "kept s (JSON) / target turns s", "note");
        for (int t = 0; t < voices.size(); t++) {
            Voice target = voices.get(t);
            Voice o1 = voices.get((t + 1) % voices.size());
            Voice o2 = voices.get((t + 2) % voices.size());
            Conversation with = conversation(dir, target.name + "-with", new Voice[]{target, o1, target, o2}, new int[]{0, 0, 1, 0});
            Conversation without = conversation(dir, target.name + "-without", new Voice[]{o1, o2, o1, o2}, new int[]{0, 0, 1, 1});
            Bench.Job jobWith = submit(with.file, target.sample).await(Duration.ofMinutes(10));
            Bench.Job jobWithout = submit(without.file, target.sample).await(Duration.ofMinutes(10));
            String note = "";
            Object scoreWith = null;
            Object scoreWithout = null;
            Object targetKept = null;
            Object othersKept = null;
            Object othersKeptWithout = null;
            Object keptSeconds = null;
            if (jobWith.completed()) {
                scoreWith = jobWith.finished.number("similarity_score");
                withScores.add((Double) scoreWith);
                double[] kept = kept(jobWith, with, target);
                targetKept = kept[0];
                othersKept = kept[1];
                keptSeconds = Report.f(jobWith.finished.number("kept_seconds"), 1) + " / " + Report.f(with.seconds(target), 1);
                jobWith.delete();
            } else {
                note += "with: " + jobWith.why() + " ";
            }
            if (jobWithout.completed()) {
                scoreWithout = jobWithout.finished.number("similarity_score");
                withoutScores.add((Double) scoreWithout);
                othersKeptWithout = kept(jobWithout, without, target)[1];
                jobWithout.delete();
            } else {
                note += "without: " + jobWithout.why();
            }
            report.row(target.name, o1.name + ", " + o2.name, scoreWith, scoreWithout, muted(targetKept), muted(othersKept), muted(othersKeptWithout),
                    keptSeconds, note.strip());
        }
        report.end();
        boolean apart = !withScores.isEmpty() && !withoutScores.isEmpty()
                && withScores.stream().mapToDouble(Double::doubleValue).min().orElseThrow() > withoutScores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        report.summary("5. speaker similarity_score, conversation with vs without the target", "with " + range(withScores) + "; without " + range(withoutScores),
                "every with above every without", withScores.isEmpty() ? "not measured" : Report.verdict(apart));
    }

    private boolean available(Voice probe) {
        Bench.Job job = submit(probe.alone, probe.sample);
        if (job.accepted()) {
            job.await(Duration.ofMinutes(10));
            job.delete();
            return true;
        }
        String first = "`POST " + service.upload + "` answered HTTP " + job.upload.reply().status() + " `" + job.upload.reply().shortBody() + "`";
        service = Bench.Service.EXTRACT_000;
        job = submit(probe.alone, probe.sample);
        if (job.accepted()) {
            report.note("Doc 001's path is missing (" + first + "); doc 000's is used.");
            job.await(Duration.ofMinutes(10));
            job.delete();
            return true;
        }
        report.note("**Speaker extraction not available:** " + first + "; `POST " + service.upload + "` answered HTTP "
                + job.upload.reply().status() + " `" + job.upload.reply().shortBody() + "`");
        report.summary("5. speaker extraction similarity", "not available: HTTP " + job.upload.reply().status(), "same > different", "not measured");
        return false;
    }

    private Bench.Job submit(Path conversation, Path sample) {
        return service == Bench.Service.EXTRACT
                ? bench.submit(service, Map.of(), Map.of("conversation_file", conversation, "target_speaker_file", sample))
                : bench.submit(service, Map.of(), Map.of("audio_file", conversation, "speaker_sample", sample));
    }

    /** A conversation file and who speaks when (frames). */
    private record Conversation(Path file, Voice[] speakers, int[][] spans, int frames) {

        double seconds(Voice voice) {
            double s = 0;
            for (int i = 0; i < speakers.length; i++) {
                if (speakers[i] == voice) {
                    s += (spans[i][1] - spans[i][0]) / (double) RATE;
                }
            }
            return s;
        }
    }

    private static Conversation conversation(Path dir, String name, Voice[] speakers, int[] turn) {
        List<float[]> parts = new ArrayList<>();
        int gap = (int) (GAP * RATE);
        int[][] spans = new int[speakers.length][];
        int at = 0;
        for (int i = 0; i < speakers.length; i++) {
            float[] part = Audio.read(speakers[i].turns[turn[i]]).samples();
            spans[i] = new int[]{at, at + part.length};
            parts.add(part);
            at += part.length + gap;
        }
        float[] all = new float[at];
        for (int i = 0; i < parts.size(); i++) {
            System.arraycopy(parts.get(i), 0, all, spans[i][0], parts.get(i).length);
        }
        Path file = Audio.write(dir.resolve("conversation-" + Speech.name(name).replaceAll("[^A-Za-z0-9_-]", "") + ".wav"),
                new Audio.Pcm(all, 1, RATE));
        return new Conversation(file, speakers, spans, at);
    }

    /** Output over input energy (dB) within the target's turns and within the others'. */
    private static double[] kept(Bench.Job job, Conversation c, Voice target) {
        Path out = job.download("extracted_url", c.file.resolveSibling("out-" + c.file.getFileName()));
        float[] output = Audio.readAs(out, RATE, 1).samples();
        float[] input = Audio.read(c.file).samples();
        double[] in = new double[2];
        double[] kept = new double[2];
        for (int i = 0; i < c.speakers.length; i++) {
            int k = c.speakers[i] == target ? 0 : 1;
            for (int f = c.spans[i][0]; f < c.spans[i][1] && f < output.length; f++) {
                in[k] += (double) input[f] * input[f];
                kept[k] += (double) output[f] * output[f];
            }
        }
        Audio.delete(out);
        return new double[]{ratioDb(kept[0], in[0]), ratioDb(kept[1], in[1])};
    }

    /** Output over input energy in dB; below −100 dB the turns are muted. */
    private static double ratioDb(double kept, double in) {
        return in > 0 ? Math.max(-100, 10 * Math.log10(kept / in + 1e-30)) : Double.NaN;
    }

    private static Object muted(Object db) {
        return db instanceof Double d && d <= -100 ? "muted" : db;
    }

    private static String range(List<Double> scores) {
        if (scores.isEmpty()) {
            return "none measured";
        }
        return Report.f(scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow(), 1) + "–"
                + Report.f(scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), 1)
                + " (mean " + Report.f(scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), 1) + ", n=" + scores.size() + ")";
    }
}
