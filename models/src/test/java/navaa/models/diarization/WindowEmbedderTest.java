package navaa.models.diarization;

import navaa.models.SpokenAudio;
import navaa.models.speaker.Decimator;
import navaa.models.speaker.KaldiMfcc;
import navaa.models.speaker.SlidingCmn;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.speaker.SpeakerSimilarity;
import navaa.models.speaker.XVectorNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowEmbedderTest {

    @TempDir
    static Path folder;

    private static SpeakerEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = SpeakerEmbedder.load();
    }

    @Test
    void poolingSharedFrameLevelRowsIsTheNetworksOwnOutput() throws Exception {
        float[] speech = SpokenAudio.say("Sharing the frame level layers between windows.", "en-us", folder);
        float[][] features = SlidingCmn.vosk().apply(new KaldiMfcc().compute(new Decimator(16_000).apply(speech)));
        features = java.util.Arrays.copyOf(features, Math.min(features.length, 300));
        XVectorNetwork network = embedder.network();
        float[][] rows = network.frameLevel(features);
        assertEquals(features.length - 14, rows.length);
        assertArrayEquals(network.forward(features), network.embedFrames(rows, 0, rows.length), 1e-3f);
    }

    @Test
    void windowsCoverTheStretchEveryHopAndEndWithIt() {
        WindowEmbedder windows = new WindowEmbedder(embedder, 1.5, 0.5);
        List<int[]> layout = windows.windows(420);
        assertEquals(List.of("0-150", "50-200", "100-250", "150-300", "200-350", "250-400", "270-420"),
                layout.stream().map(w -> w[0] + "-" + w[1]).toList());
        assertEquals(List.of("0-90"), windows.windows(90).stream().map(w -> w[0] + "-" + w[1]).toList());
    }

    @Test
    void windowsOfOneVoiceAreMoreAlikeThanWindowsOfTwo() throws Exception {
        WindowEmbedder windows = new WindowEmbedder(embedder, 1.5, 0.5);
        float[] a = SpokenAudio.say("The committee will meet again on Thursday to go through the budget line by line.", "en-us", folder);
        float[] b = SpokenAudio.say("The committee will meet again on Thursday to go through the budget line by line.", "en-us+klatt4", folder);
        List<EmbeddedWindow> first = windows.embed(a, 16_000, 0);
        List<EmbeddedWindow> second = windows.embed(b, 16_000, 10);
        assertTrue(first.size() >= 5, "windows every 0.5 s: " + first.size());
        assertEquals(10, second.get(0).start(), 1e-9);
        double same = SpeakerSimilarity.cosine(first.get(0).embedding(), first.get(first.size() - 1).embedding());
        double different = SpeakerSimilarity.cosine(first.get(0).embedding(), second.get(second.size() - 1).embedding());
        assertTrue(same > different + 0.2, "same " + same + ", different " + different);
    }
}
