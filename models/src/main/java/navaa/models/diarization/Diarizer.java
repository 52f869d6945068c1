package navaa.models.diarization;

import navaa.models.audio.AudioProbe;
import navaa.models.audio.PcmDecoder;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.speaker.SpeakerSimilarity;
import navaa.models.vad.SpeechFinder;
import navaa.models.vad.SpeechSegment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Who spoke when: speech found by Silero VAD in one streaming pass; each stretch of speech
 * read back (seeking, never the whole recording in memory) and embedded in sliding windows
 * with shared frame-level x-vector layers; the windows clustered into speakers; turns
 * voted per 10 ms and smoothed; speakers named from a voice database where they match.
 */
public final class Diarizer {

    /** The models' rate. */
    public static final int RATE = SpeechFinder.RATE;

    private final SpeakerEmbedder embedder;

    public Diarizer(SpeakerEmbedder embedder) {
        this.embedder = embedder;
    }

    /**
     * @param audio any format FFmpeg reads
     * @param name the file name the result reports
     * @param voices enrolled speakers to recognise, or null
     * @param progress told 0–100 as the work advances
     */
    public DiarizationResult diarize(Path audio, String name, DiarizationSettings settings, VoiceDatabase voices, IntConsumer progress) {
        double duration = AudioProbe.probe(audio).durationSeconds();
        List<SpeechSegment> speech = SpeechFinder.find(audio, duration, p -> progress.accept(p * 30 / 100));
        List<EmbeddedWindow> windows = embed(audio, speech, settings, p -> progress.accept(30 + p * 60 / 100));
        progress.accept(90);
        try (PcmDecoder decoder = PcmDecoder.open(audio, RATE, 1)) {
            DiarizationResult result = result(name, duration, speech, windows, levels(decoder), settings, voices);
            progress.accept(100);
            return result;
        }
    }

    /**
     * The clustering, turns, overlaps and naming, from windows already embedded.
     *
     * @param levels the recording's loudness, where overlapped speech is looked for
     */
    public DiarizationResult result(String name, double duration, List<SpeechSegment> speech, List<EmbeddedWindow> windows,
                                    OverlapFinder.Levels levels, DiarizationSettings settings, VoiceDatabase voices) {
        SpeakerClusters clusters = SpeakerClusters.of(windows, settings.speakers());
        int[] labels = clusters.labels();
        List<TurnBuilder.LabelledTurn> turns = OverlapFinder.withOverlaps(TurnBuilder.turns(speech, windows, labels), levels);
        float[][] centroids = voicePrints(windows, labels, clusters.count());
        Optional<SpeakerIdentification.Match>[] names = SpeakerIdentification.identify(centroids, voices);

        List<DiarizationResult.Segment> segments = new ArrayList<>();
        Set<String> identified = new LinkedHashSet<>();
        Set<Integer> speaking = new LinkedHashSet<>();
        for (TurnBuilder.LabelledTurn turn : turns) {
            speaking.add(turn.speaker());
            Optional<SpeakerIdentification.Match> match = names[turn.speaker()];
            match.ifPresent(m -> identified.add(m.name()));
            String speaker = match.map(SpeakerIdentification.Match::name).orElse("SPEAKER_" + turn.speaker());
            double confidence = match.map(SpeakerIdentification.Match::confidence)
                    .orElseGet(() -> membership(windows, labels, turn, centroids[turn.speaker()]));
            segments.add(new DiarizationResult.Segment(segments.size() + 1, round(turn.start()), round(turn.end()), speaker,
                    match.isPresent(), Math.round(confidence * 1000) / 1000.0, ""));
        }
        return new DiarizationResult(name, round(duration), speaking.size(), List.copyOf(identified), segments);
    }

    /** Each speaker's voice print as enrolment makes one: the mean of their windows' embeddings. */
    private static float[][] voicePrints(List<EmbeddedWindow> windows, int[] labels, int speakers) {
        return SpeakerClusters.byLabel(windows.stream().map(EmbeddedWindow::embedding).toList(), labels, speakers).stream()
                .map(own -> own.isEmpty() ? new float[SpeakerEmbedder.DIMENSION] : SpeakerSimilarity.average(own))
                .toArray(float[][]::new);
    }

    /** How clearly a turn's windows belong to its speaker: the calibrated score of their mean against the speaker's voice print. */
    private static double membership(List<EmbeddedWindow> windows, int[] labels, TurnBuilder.LabelledTurn turn, float[] voicePrint) {
        List<float[]> inside = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            EmbeddedWindow window = windows.get(w);
            if (labels[w] == turn.speaker() && window.centre() >= turn.start() && window.centre() <= turn.end()) {
                inside.add(window.embedding());
            }
        }
        if (inside.isEmpty()) {
            return 0.5;
        }
        return SpeakerSimilarity.score(SpeakerSimilarity.cosine(SpeakerSimilarity.average(inside), voicePrint)) / 100;
    }

    /** The loudness of any stretch of the recording, read back with a 16 kHz mono decoder. */
    public static OverlapFinder.Levels levels(PcmDecoder decoder) {
        return (from, to) -> {
            SpeechSegment stretch = new SpeechSegment(from, to);
            return LevelTrack.of(read(decoder, stretch), RATE, first(stretch) / (double) RATE);
        };
    }

    /** Every stretch of speech read back and embedded in windows. */
    List<EmbeddedWindow> embed(Path audio, List<SpeechSegment> speech, DiarizationSettings settings, IntConsumer progress) {
        WindowEmbedder windows = windows(settings);
        List<SpeechSegment> stretches = stretches(speech);
        List<EmbeddedWindow> out = new ArrayList<>();
        try (PcmDecoder decoder = PcmDecoder.open(audio, RATE, 1)) {
            for (int i = 0; i < stretches.size(); i++) {
                out.addAll(embed(decoder, stretches.get(i), windows));
                progress.accept(100 * (i + 1) / stretches.size());
            }
        }
        return out;
    }

    public WindowEmbedder windows(DiarizationSettings settings) {
        return new WindowEmbedder(embedder, settings.windowSeconds(), settings.hopSeconds());
    }

    /** The speech cut where needed into stretches of at most {@link WindowEmbedder#MAX_STRETCH_SECONDS}, equal within a region. */
    public static List<SpeechSegment> stretches(List<SpeechSegment> speech) {
        List<SpeechSegment> out = new ArrayList<>();
        for (SpeechSegment region : speech) {
            int count = (int) Math.ceil(region.duration() / WindowEmbedder.MAX_STRETCH_SECONDS);
            for (int k = 0; k < count; k++) {
                out.add(new SpeechSegment(region.start() + region.duration() * k / count,
                        region.start() + region.duration() * (k + 1) / count));
            }
        }
        return out;
    }

    /** One stretch read back from the recording (16 kHz mono decoder) and embedded. */
    public static List<EmbeddedWindow> embed(PcmDecoder decoder, SpeechSegment stretch, WindowEmbedder windows) {
        return windows.embed(read(decoder, stretch), RATE, first(stretch) / (double) RATE);
    }

    /** The samples of a stretch, from {@link #first} on, read back with a 16 kHz mono decoder. */
    public static float[] read(PcmDecoder decoder, SpeechSegment stretch) {
        long first = first(stretch);
        return read(decoder, first, (int) (Math.round(stretch.end() * RATE) - first));
    }

    /** The sample a stretch's audio starts at. */
    public static long first(SpeechSegment stretch) {
        return Math.round(stretch.start() * RATE);
    }

    private static float[] read(PcmDecoder decoder, long first, int frames) {
        decoder.seekToFrame(first);
        float[] samples = new float[frames];
        // the decoder fills the array unless the recording ends first
        int read = decoder.read(samples, frames);
        return read == frames ? samples : java.util.Arrays.copyOf(samples, read);
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
