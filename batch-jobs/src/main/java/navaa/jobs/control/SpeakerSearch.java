package navaa.jobs.control;

import navaa.models.audio.PcmDecoder;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.speaker.SpeakerRegions;
import navaa.models.speaker.SpeakerSimilarity;
import navaa.models.vad.SpeechDetector;
import navaa.models.vad.SpeechSegment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Finds where the target speaker talks in a recording: speech by Silero VAD (one streaming
 * pass, 16 kHz mono), then each speech window (1.5–3 s) embedded with the x-vector model
 * and scored against the target's embedding, read back from the file by seeking, so that
 * memory holds one window at a time whatever the recording's length.
 */
public final class SpeakerSearch {

    /** The embedding models' rate. */
    static final int RATE = 16_000;
    /** The target is the average of its sample's windows; past this much speech more adds little. */
    static final double SAMPLE_SECONDS_USED = 30;
    /** Seconds between a window too short to embed and the scored window whose verdict it takes. */
    static final double NEIGHBOUR_GAP = 1.0;

    /** One scored window, in seconds. */
    public record Window(double start, double end, double score, boolean kept) {
    }

    /**
     * @param kept        the regions to keep, windows that touch joined, in seconds
     * @param similarity  0–100: the kept windows' mean score by duration, or the best score when none is kept
     * @param speechSeconds  speech found in the recording
     * @param targetSpeechSeconds speech found in the target's sample
     */
    public record Result(List<SpeechSegment> kept, List<Window> windows, double similarity,
                         double speechSeconds, double targetSpeechSeconds) {

        public double keptSeconds() {
            return kept.stream().mapToDouble(SpeechSegment::duration).sum();
        }
    }

    private final SpeakerEmbedder embedder;

    public SpeakerSearch(SpeakerEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * @param progress told 0–100 as the recording is scanned and scored
     * @throws IllegalArgumentException when the sample holds too little speech to know the speaker by
     */
    public Result search(Path recording, double durationSeconds, Path sample, IntConsumer progress) {
        Target target = target(sample);
        List<SpeechSegment> speech = speech(recording, durationSeconds, percent -> progress.accept(percent / 2));
        List<SpeakerRegions.Span> spans = SpeakerRegions.windows(speech, RATE);
        SpeakerRegions regions = new SpeakerRegions(target.embedding());
        List<Window> windows = new ArrayList<>();
        try (PcmDecoder decoder = PcmDecoder.open(recording, RATE, 1)) {
            float[] buffer = new float[(int) (SpeakerRegions.MAX_WINDOW_SECONDS * RATE) + RATE];
            int[] done = {0};
            List<SpeakerRegions.Window> scored = regions.score(speech, RATE, (start, end) -> {
                progress.accept(50 + 50 * done[0]++ / Math.max(1, spans.size()));
                return embed(decoder, buffer, start, end);
            });
            scored.forEach(w -> windows.add(new Window((double) w.start() / RATE, (double) w.end() / RATE, w.score(), w.kept())));
        }
        progress.accept(100);
        List<SpeechSegment> kept = join(withShortWindowsDecided(windows));
        return new Result(kept, windows, similarity(windows), seconds(speech), target.speechSeconds());
    }

    private record Target(float[] embedding, double speechSeconds) {
    }

    private Target target(Path sample) {
        float[] audio = decode(sample, SAMPLE_SECONDS_USED * 2);
        List<SpeechSegment> speech = SpeechDetector.of(audio);
        List<float[]> embeddings = new ArrayList<>();
        double used = 0;
        for (SpeakerRegions.Span span : SpeakerRegions.windows(speech, RATE)) {
            if (used >= SAMPLE_SECONDS_USED) {
                break;
            }
            embedder.embed(audio, (int) span.start(), (int) span.end(), RATE).ifPresent(embeddings::add);
            used += (double) (span.end() - span.start()) / RATE;
        }
        if (embeddings.isEmpty()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "the speaker sample holds %.1f s of speech, too little to recognise the speaker by: send at least 2 s of that speaker alone",
                    seconds(speech)));
        }
        return new Target(SpeakerSimilarity.average(embeddings), seconds(speech));
    }

    private static List<SpeechSegment> speech(Path recording, double durationSeconds, IntConsumer progress) {
        try (PcmDecoder decoder = PcmDecoder.open(recording, RATE, 1); SpeechDetector detector = new SpeechDetector()) {
            long total = Math.max(1, Math.round(durationSeconds * RATE));
            float[] block = new float[RATE];
            long read = 0;
            int frames;
            while ((frames = decoder.read(block, RATE)) > 0) {
                detector.accept(block, frames);
                read += frames;
                progress.accept((int) Math.min(100, 100 * read / total));
            }
            return detector.finish();
        }
    }

    private Optional<float[]> embed(PcmDecoder decoder, float[] buffer, long start, long end) {
        decoder.seekToFrame(start);
        int read = readFully(decoder, buffer, (int) Math.min(buffer.length, end - start));
        return embedder.embed(buffer, 0, read, RATE);
    }

    private static float[] decode(Path file, double maxSeconds) {
        try (PcmDecoder decoder = PcmDecoder.open(file, RATE, 1)) {
            float[] audio = new float[(int) (maxSeconds * RATE)];
            return Arrays.copyOf(audio, readFully(decoder, audio, audio.length));
        }
    }

    /** Reads up to {@code frames} mono frames into the start of {@code into}; fewer only at the end. */
    private static int readFully(PcmDecoder decoder, float[] into, int frames) {
        float[] block = new float[Math.min(frames, RATE)];
        int read = 0;
        while (read < frames) {
            int got = decoder.read(block, Math.min(block.length, frames - read));
            if (got == 0) {
                break;
            }
            System.arraycopy(block, 0, into, read, got);
            read += got;
        }
        return read;
    }

    /**
     * A window too short to embed (a "yes", the tail of a turn cut off by a breath) takes the
     * verdict of the nearest scored window when that one is at most {@link #NEIGHBOUR_GAP}
     * away: a word that short is almost always the same speaker's as the speech around it.
     */
    static List<Window> withShortWindowsDecided(List<Window> windows) {
        List<Window> decided = new ArrayList<>(windows.size());
        for (int i = 0; i < windows.size(); i++) {
            Window w = windows.get(i);
            if (!Double.isNaN(w.score())) {
                decided.add(w);
                continue;
            }
            Window before = scored(windows, i, -1);
            Window after = scored(windows, i, +1);
            double gapBefore = before == null ? Double.MAX_VALUE : w.start() - before.end();
            double gapAfter = after == null ? Double.MAX_VALUE : after.start() - w.end();
            Window nearest = gapBefore <= gapAfter ? before : after;
            boolean kept = nearest != null && Math.min(gapBefore, gapAfter) <= NEIGHBOUR_GAP && nearest.kept();
            decided.add(new Window(w.start(), w.end(), w.score(), kept));
        }
        return decided;
    }

    private static Window scored(List<Window> windows, int from, int step) {
        for (int i = from + step; i >= 0 && i < windows.size(); i += step) {
            if (!Double.isNaN(windows.get(i).score())) {
                return windows.get(i);
            }
        }
        return null;
    }

    private static List<SpeechSegment> join(List<Window> windows) {
        List<SpeechSegment> kept = new ArrayList<>();
        for (Window w : windows) {
            if (!w.kept()) {
                continue;
            }
            int last = kept.size() - 1;
            if (last >= 0 && w.start() <= kept.get(last).end() + 1e-6) {
                kept.set(last, new SpeechSegment(kept.get(last).start(), Math.max(kept.get(last).end(), w.end())));
            } else {
                kept.add(new SpeechSegment(w.start(), w.end()));
            }
        }
        return kept;
    }

    private static double similarity(List<Window> windows) {
        double weighted = 0;
        double seconds = 0;
        double best = 0;
        for (Window w : windows) {
            if (Double.isNaN(w.score())) {
                continue;
            }
            best = Math.max(best, w.score());
            if (w.kept()) {
                weighted += w.score() * (w.end() - w.start());
                seconds += w.end() - w.start();
            }
        }
        return seconds > 0 ? weighted / seconds : best;
    }

    private static double seconds(List<SpeechSegment> segments) {
        return segments.stream().mapToDouble(SpeechSegment::duration).sum();
    }
}
