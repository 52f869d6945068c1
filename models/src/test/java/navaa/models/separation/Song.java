package navaa.models.separation;

import navaa.models.SpokenAudio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * A test song: a spoken voice (espeak-ng through {@link SpokenAudio}, resampled by sox) over a
 * repeating two-second bar of band (sox plucked chords and bass, a swept-sine kick, a snare and
 * hi-hats made of noise bursts) with two fill hits per bar (snare or tom) at random sixteenths
 * that do not repeat, at 0 dB voice to band, so that taking the mixture for either stem scores
 * 0 dB SDR. In stereo the voice, bass, kick, snare and fills are in the centre, the chords to the
 * left and the hi-hats to the right (gains 0.9/0.3), as in a studio mix.
 *
 * @param vocals        the voice as it is in the mix, interleaved
 * @param accompaniment the band as it is in the mix, interleaved
 */
record Song(int channels, int rate, float[] vocals, float[] accompaniment) {

    static final String TEXT = "The quick brown fox jumps over the lazy dog. "
            + "She sells sea shells by the sea shore, and the shells she sells are surely sea shells.";
    private static final double BAR_SECONDS = 2;
    private static final double VOICE_START_SECONDS = 1;

    float[] mix() {
        float[] mix = new float[vocals.length];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = vocals[i] + accompaniment[i];
        }
        return mix;
    }

    int frames() {
        return vocals.length / channels;
    }

    static Song make(int channels, int rate, Path folder) throws IOException, InterruptedException {
        float[] voice = Sox.resample(SpokenAudio.say(TEXT, "en-us", folder), 16_000, rate, folder);
        int length = (int) ((VOICE_START_SECONDS + 0.5) * rate) + voice.length;
        float[] chords = new float[length];
        float[] bass = new float[length];
        float[] kick = new float[length];
        float[] snare = new float[length];
        float[] hats = new float[length];
        float[] cMajor = Sox.synth(folder, rate, "0.45", "pluck", "C3", "synth", "0.45", "pluck", "mix", "E3",
                "synth", "0.45", "pluck", "mix", "G3");
        float[] aMinor = Sox.synth(folder, rate, "0.45", "pluck", "A2", "synth", "0.45", "pluck", "mix", "C3",
                "synth", "0.45", "pluck", "mix", "E3");
        float[] lowC = Sox.synth(folder, rate, "0.9", "pluck", "C2");
        float[] lowA = Sox.synth(folder, rate, "0.9", "pluck", "A1");
        float[] kickHit = Sox.synth(folder, rate, "0.15", "sine", "120/45", "fade", "q", "0.002", "0.15", "0.12");
        float[] snareHit = Sox.synth(folder, rate, "0.12", "whitenoise", "fade", "q", "0.002", "0.12", "0.1",
                "bandpass", "1800", "1.5q");
        float[] hatHit = Sox.synth(folder, rate, "0.05", "whitenoise", "fade", "q", "0.001", "0.05", "0.04",
                "highpass", "5000");
        float[] tomHit = Sox.synth(folder, rate, "0.2", "sine", "220/110", "fade", "q", "0.002", "0.2", "0.17");
        Random fills = new Random(7);
        for (double bar = 0; bar * rate < length; bar += BAR_SECONDS) {
            for (int hit = 0; hit < 2; hit++) {
                double at = bar + fills.nextInt(16) * BAR_SECONDS / 16;
                place(snare, fills.nextBoolean() ? snareHit : tomHit, at, rate, 0.5);
            }
            for (int beat = 0; beat < 4; beat++) {
                double at = bar + beat * BAR_SECONDS / 4;
                place(chords, beat < 2 ? cMajor : aMinor, at, rate, 0.5);
                place(beat % 2 == 0 ? kick : snare, beat % 2 == 0 ? kickHit : snareHit, at, rate, 0.6);
                place(hats, hatHit, at, rate, 0.25);
                place(hats, hatHit, at + BAR_SECONDS / 8, rate, 0.15);
            }
            place(bass, lowC, bar, rate, 0.6);
            place(bass, lowA, bar + BAR_SECONDS / 2, rate, 0.6);
        }
        float[] sung = new float[length];
        place(sung, voice, VOICE_START_SECONDS, rate, 1);
        float[][] parts = {chords, bass, kick, snare, hats};
        // left/right gains of voice, chords, bass, kick, snare, hats
        double[][] pans = channels == 1 ? new double[][] {{1}, {1}, {1}, {1}, {1}, {1}}
                : new double[][] {{0.7, 0.7}, {0.9, 0.3}, {0.7, 0.7}, {0.7, 0.7}, {0.7, 0.7}, {0.3, 0.9}};
        float[] vocals = new float[length * channels];
        float[] band = new float[length * channels];
        for (int i = 0; i < length; i++) {
            for (int c = 0; c < channels; c++) {
                vocals[i * channels + c] = (float) (sung[i] * pans[0][c]);
                double sum = 0;
                for (int p = 0; p < parts.length; p++) {
                    sum += parts[p][i] * pans[p + 1][c];
                }
                band[i * channels + c] = (float) sum;
            }
        }
        double gain = Math.sqrt(energy(vocals) / energy(band));
        for (int i = 0; i < band.length; i++) {
            band[i] = (float) (band[i] * gain);
        }
        return new Song(channels, rate, vocals, band);
    }

    private static void place(float[] track, float[] sound, double seconds, int rate, double gain) {
        int at = (int) Math.round(seconds * rate);
        for (int i = 0; i < sound.length && at + i < track.length; i++) {
            track[at + i] += (float) (sound[i] * gain);
        }
    }

    private static double energy(float[] x) {
        double sum = 0;
        for (float v : x) {
            sum += (double) v * v;
        }
        return sum;
    }
}
