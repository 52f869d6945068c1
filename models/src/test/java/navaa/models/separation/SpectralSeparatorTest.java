package navaa.models.separation;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel contract of the signal-processing separators: lengths, stems, latency, checkpoints, state size. */
class SpectralSeparatorTest {

    private static final int RATE = 16_000;

    @TempDir
    static Path folder;
    private static Song mono;
    private static Song stereo;

    @BeforeAll
    static void songs() throws Exception {
        mono = Song.make(1, RATE, folder);
        stereo = Song.make(2, RATE, folder);
    }

    @Test
    void theLatencyIsTheLookAheadPlusAFrame() {
        assertEquals(3 * 256 + 1023, SpectralSeparator.hpssRepet(1, 16_000).latencyFrames());
        assertEquals(2 * 1024 + 4095, SpectralSeparator.centreSideHarmonic(44_100).latencyFrames());
        assertEquals(2 * 1024 + 4095, SpectralSeparator.centreSideHarmonic(48_000).latencyFrames());
        assertEquals(3 * 128 + 511, SpectralSeparator.hpssRepet(1, 8_000).latencyFrames());
    }

    @Test
    void theStemsAddUpToTheInput() {
        for (Song song : new Song[] {mono, stereo}) {
            float[] mix = song.mix();
            Separator separator = signalProcessing(song.channels(), RATE);
            Stems stems = Stems.split(Stems.separate(separator, mix, RATE), song.channels());
            for (int i = 0; i < mix.length; i++) {
                assertEquals(mix[i], stems.vocals[i] + stems.instrumental[i], 1e-6f, "sample " + i);
            }
            // and it is a split, not all in one stem
            assertTrue(energy(stems.vocals) > 0.1 * energy(mix) && energy(stems.instrumental) > 0.1 * energy(mix));
        }
    }

    @Test
    void theOutputIsAsLongAsTheInputWhateverTheLengthAndBlocks() {
        for (int frames : new int[] {1, 1000, 1791, 1792, 12_345, 44_101}) {
            for (int channels : new int[] {1, 2, 3}) {
                float[] in = Noise.of(frames * channels, frames);
                float[] whole = Stems.separate(signalProcessing(channels, RATE), in, RATE);
                assertEquals(frames * 2 * channels, whole.length, frames + " frames of " + channels + " channels");
                float[] odd = Stems.separate(signalProcessing(channels, RATE), in, 1, 777, 4410, 3);
                assertArrayEquals(whole, odd, "the same output for other blocks, " + frames + " frames");
            }
        }
    }

    @Test
    void aSilentChannelStaysSilentInBothStems() {
        int frames = 3 * RATE;
        float[] in = new float[frames * 3];
        float[] noise = Noise.of(frames * 2, 9);
        for (int f = 0; f < frames; f++) {
            in[f * 3] = noise[2 * f];
            in[f * 3 + 2] = noise[2 * f + 1];
        }
        Separator separator = signalProcessing(3, RATE);
        assertEquals(SeparationMethod.HPSS_REPET, separator.method());
        assertEquals(6, separator.outputChannels());
        float[] out = Stems.separate(separator, in, RATE);
        for (int f = 0; f < frames; f++) {
            assertEquals(0f, out[f * 6 + 1], "vocals of the silent channel, frame " + f);
            assertEquals(0f, out[f * 6 + 4], "instrumental of the silent channel, frame " + f);
        }
    }

    /** The batch job's restart: snapshot between blocks, serialize, restore into a new separator, go on. */
    @Test
    void aRestoredSeparatorContinuesBitForBit() throws Exception {
        check(mono, () -> SpectralSeparator.hpssRepet(1, RATE));
        check(stereo, () -> SpectralSeparator.centreSideHarmonic(RATE));
        check(stereo, () -> SpectralSeparator.hpssRepet(2, RATE));
    }

    private static void check(Song song, Supplier<SpectralSeparator> make) throws Exception {
        float[] mix = song.mix();
        int channels = song.channels();
        float[] reference = Stems.separate(make.get(), mix, RATE);
        // after the 4 s history has wrapped; 7.3 s + 77 frames ends inside a hop and a block
        for (int split : new int[] {1000, (int) (7.3 * RATE) + 77}) {
            SpectralSeparator first = make.get();
            float[] head = Stems.separate(first, Arrays.copyOf(mix, split * channels), false, RATE);
            byte[] checkpoint = Checkpoints.serialize(first.snapshot());
            SpectralSeparator second = make.get();
            Serializable state = Checkpoints.deserialize(checkpoint);
            second.restore(state);
            assertEquals(state, second.snapshot());
            float[] rest = Stems.separate(second, Arrays.copyOfRange(mix, split * channels, mix.length), RATE);
            float[] joined = Arrays.copyOf(head, head.length + rest.length);
            System.arraycopy(rest, 0, joined, head.length, rest.length);
            assertArrayEquals(reference, joined, first.method().id() + " restarted after frame " + split);
        }
    }

    /** A checkpoint every 10 s of a two-hour job: the state must stay the same modest size. */
    @Test
    void theStateStaysTheSameSizeUnderAMegabyte() throws Exception {
        for (SpectralSeparator separator : new SpectralSeparator[] {SpectralSeparator.centreSideHarmonic(44_100),
                SpectralSeparator.hpssRepet(2, 48_000)}) {
            float[] second = Noise.of(separator.sampleRate() * 2, 11);
            float[] out = new float[second.length * 2];
            int[] sizes = new int[3];
            for (int s = 0, checked = 0; checked < sizes.length; s++) {
                separator.process(second, out, separator.sampleRate());
                if (s == 5 || s == 10 || s == 20) {
                    sizes[checked++] = Checkpoints.serialize(separator.snapshot()).length;
                }
            }
            assertEquals(sizes[0], sizes[1]);
            assertEquals(sizes[0], sizes[2]);
            assertTrue(sizes[0] < 1 << 20, separator.method().id() + " state of " + sizes[0] + " bytes");
        }
    }

    @Test
    void aStateFitsOnlyASeparatorLikeItsOwn() {
        Serializable stereoState = SpectralSeparator.centreSideHarmonic(RATE).snapshot();
        assertThrows(IllegalArgumentException.class, () -> SpectralSeparator.hpssRepet(2, RATE).restore(stereoState));
        assertThrows(IllegalArgumentException.class, () -> SpectralSeparator.centreSideHarmonic(44_100).restore(stereoState));
        assertThrows(IllegalArgumentException.class, () -> SpectralSeparator.centreSideHarmonic(RATE).restore("state"));
        SpectralSeparator.State state = SpectralSeparator.hpssRepet(1, RATE).snapshot();
        float[] input = state.input();
        input[0] = 42;
        assertNotEquals(42, state.input()[0], "the state is a copy");
    }

    @Test
    void workingRatesAre8To48kHz() {
        for (int rate : new int[] {8_000, 11_025, 22_050, 32_000, 48_000}) {
            float[] in = Noise.of(rate * 2, rate);
            Stems stems = Stems.split(Stems.separate(signalProcessing(2, rate), in, rate), 2);
            for (int i = 0; i < in.length; i++) {
                assertEquals(in[i], stems.vocals[i] + stems.instrumental[i], 1e-6f, rate + " Hz, sample " + i);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> signalProcessing(2, 7_999));
        assertThrows(IllegalArgumentException.class, () -> signalProcessing(1, 48_001));
        assertThrows(IllegalArgumentException.class, () -> signalProcessing(0, RATE));
    }

    @Test
    void aFlushedStreamIsOver() {
        Separator separator = signalProcessing(1, RATE);
        float[] out = new float[separator.latencyFrames() * 2];
        assertEquals(0, separator.process(new float[100], out, 100));
        assertEquals(100, separator.flush(out));
        assertEquals(0, separator.flush(out));
        assertThrows(IllegalStateException.class, () -> separator.process(new float[100], out, 100));
    }

    /** As {@link Separators} chooses without a model: the stereo method for two channels, else the mono one. */
    static SpectralSeparator signalProcessing(int channels, int rate) {
        return channels == 2 ? SpectralSeparator.centreSideHarmonic(rate) : SpectralSeparator.hpssRepet(channels, rate);
    }

    private static double energy(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return sum;
    }
}
