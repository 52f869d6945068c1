package navaa.models.speaker;

import navaa.models.denoise.RealFft;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Kaldi's {@code compute-mfcc-feats} with the options of the Vosk speaker model
 * ({@code vosk-model-spk-0.4/mfcc.conf} plus Kaldi's defaults), for 8 kHz mono audio:
 * 23 mel bins from 20 to 3700 Hz, 23 cepstra, 25 ms frames every 10 ms (200 / 80 samples,
 * snip-edges: only whole frames), FFT of 256, DC removed per frame, pre-emphasis 0.97,
 * Povey window, power spectrum, mel energies floored at FLT_EPSILON before the log,
 * orthonormal DCT-II, cepstral lifter 22, and C0 replaced by the raw log energy of the
 * frame (after DC removal, before pre-emphasis and window), floored at FLT_EPSILON.
 * <p>
 * Dither is 0 here (Kaldi's default is 1.0): dither makes features random from run to run,
 * and moved the embedding by a cosine of only 0.9999 in the model sheet's trial.
 * <p>
 * <b>Scale.</b> Kaldi reads 16-bit PCM as integers, so its samples span ±32768, not ±1.
 * This class takes floats in [-1, 1] and multiplies by 32768 first. Without it every log
 * energy would be lower by ln(32768²) = 20.79 nats; the DCT turns that into a shift of C1..C22
 * by zero and of C0 by a constant, which sliding CMN would remove — but not for frames
 * that meet the FLT_EPSILON floors (1.19e-7): at ±1 scale a quiet frame (RMS below about
 * 2.4e-5, i.e. −92 dBFS) already hits the energy floor, and quiet mel bands hit theirs much
 * sooner, so features of quiet speech and pauses would differ from what the model was
 * trained on. At the 16-bit scale only digital silence reaches the floors, as in Kaldi.
 * <p>
 * Thread-safe and immutable: the tables are made once, each call has its own work buffers.
 */
public final class KaldiMfcc {

    /** The only input rate, in Hz. */
    public static final int SAMPLE_RATE = 8_000;
    /** 25 ms at 8 kHz. */
    public static final int FRAME_LENGTH = 200;
    /** 10 ms at 8 kHz: one feature frame per 10 ms. */
    public static final int FRAME_SHIFT = 80;
    /** Mel bins and cepstra (the model's input dim). */
    public static final int NUM_CEPS = 23;
    public static final int NUM_MEL_BINS = 23;
    /** Lowest and highest mel filter edge, in Hz. */
    public static final double LOW_FREQ = 20;
    public static final double HIGH_FREQ = 3700;
    /** Kaldi's sample scale for 16-bit audio: a float sample of 1.0 is the integer 32768. */
    public static final float PCM_SCALE = 32768f;
    /** C0 and mel energies of a frame of digital silence: ln(FLT_EPSILON). */
    public static final double LOG_FLOOR = Math.log(Math.ulp(1.0f));

    private static final int FFT_SIZE = 256;
    private static final double PREEMPHASIS = 0.97;
    private static final double CEPSTRAL_LIFTER = 22;
    private static final float FLT_EPSILON = Math.ulp(1.0f);

    private final float[] window = new float[FRAME_LENGTH];
    /** First FFT bin and weights of each mel filter. */
    private final int[] melFirstBin = new int[NUM_MEL_BINS];
    private final double[][] melWeights = new double[NUM_MEL_BINS][];
    /** DCT-II rows already multiplied by the lifter: the two are applied together. */
    private final double[][] liftedDct = new double[NUM_CEPS][NUM_MEL_BINS];

    public KaldiMfcc() {
        for (int i = 0; i < FRAME_LENGTH; i++) {
            // Kaldi's "povey" window: a Hann window raised to 0.85, never quite zero inside
            window[i] = (float) Math.pow(0.5 - 0.5 * Math.cos(2 * Math.PI * i / (FRAME_LENGTH - 1)), 0.85);
        }
        makeMelBanks();
        double lifterScale = CEPSTRAL_LIFTER / 2;
        for (int k = 0; k < NUM_CEPS; k++) {
            double lifter = 1 + lifterScale * Math.sin(Math.PI * k / CEPSTRAL_LIFTER);
            double norm = Math.sqrt((k == 0 ? 1.0 : 2.0) / NUM_MEL_BINS);
            for (int n = 0; n < NUM_MEL_BINS; n++) {
                liftedDct[k][n] = lifter * norm * Math.cos(Math.PI / NUM_MEL_BINS * (n + 0.5) * k);
            }
        }
    }

    /** Kaldi's mel scale: 1127·ln(1 + f/700), f in Hz. */
    public static double mel(double hertz) {
        return 1127 * Math.log(1 + hertz / 700);
    }

    /** Whole frames in {@code samples} samples: 1 + (samples − 200) / 80, or 0 if shorter than a frame. */
    public static int frameCount(int samples) {
        return samples < FRAME_LENGTH ? 0 : 1 + (samples - FRAME_LENGTH) / FRAME_SHIFT;
    }

    /**
     * The features of 8 kHz audio.
     *
     * @param samples 8 kHz mono, floats in [-1, 1]
     * @return {@code [frameCount(samples.length)][23]}: C0 is the log energy in nats at
     *         16-bit scale, C1..C22 the liftered cepstra
     */
    public float[][] compute(float[] samples) {
        return compute(samples, 0, samples.length);
    }

    /** The features of {@code samples[from, to)}, as {@link #compute(float[])}. */
    public float[][] compute(float[] samples, int from, int to) {
        java.util.Objects.checkFromToIndex(from, to, samples.length);
        RealFft fft = new RealFft(FFT_SIZE);
        float[] frame = new float[FFT_SIZE];
        float[] real = new float[FFT_SIZE / 2 + 1];
        float[] imag = new float[FFT_SIZE / 2 + 1];
        double[] logMel = new double[NUM_MEL_BINS];
        float[][] features = new float[frameCount(to - from)][NUM_CEPS];
        for (int f = 0; f < features.length; f++) {
            int start = from + f * FRAME_SHIFT;
            double mean = 0;
            for (int i = 0; i < FRAME_LENGTH; i++) {
                mean += samples[start + i];
            }
            mean /= FRAME_LENGTH;
            double energy = 0;
            for (int i = 0; i < FRAME_LENGTH; i++) {
                double x = (samples[start + i] - mean) * PCM_SCALE;
                frame[i] = (float) x;
                energy += x * x;
            }
            double logEnergy = Math.log(Math.max(energy, FLT_EPSILON));
            // pre-emphasis backwards so each sample still sees its unmodified predecessor;
            // Kaldi treats the first sample as its own predecessor
            for (int i = FRAME_LENGTH - 1; i > 0; i--) {
                frame[i] -= (float) (PREEMPHASIS * frame[i - 1]);
            }
            frame[0] -= (float) (PREEMPHASIS * frame[0]);
            for (int i = 0; i < FRAME_LENGTH; i++) {
                frame[i] *= window[i];
            }
            java.util.Arrays.fill(frame, FRAME_LENGTH, FFT_SIZE, 0f);
            fft.forward(frame, real, imag);
            for (int b = 0; b < NUM_MEL_BINS; b++) {
                double[] weights = melWeights[b];
                int first = melFirstBin[b];
                double sum = 0;
                for (int i = 0; i < weights.length; i++) {
                    double re = real[first + i];
                    double im = imag[first + i];
                    sum += weights[i] * (re * re + im * im);
                }
                logMel[b] = Math.log(Math.max(sum, FLT_EPSILON));
            }
            float[] out = features[f];
            for (int k = 1; k < NUM_CEPS; k++) {
                double c = 0;
                for (int n = 0; n < NUM_MEL_BINS; n++) {
                    c += liftedDct[k][n] * logMel[n];
                }
                out[k] = (float) c;
            }
            out[0] = (float) logEnergy;
        }
        return features;
    }

    /**
     * Checks that a Kaldi MFCC config sets only what this class implements, with the same
     * values, so that a changed {@code mfcc.conf} in the models jar fails loudly instead of
     * producing features the network was not trained on.
     *
     * @param config the text of {@code mfcc.conf}
     * @throws IllegalStateException naming the option that differs
     */
    public static void checkConfig(String config) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sample-frequency", "8000");
        expected.put("high-freq", "3700");
        expected.put("low-freq", "20");
        expected.put("num-ceps", "23");
        Map<String, String> found = new LinkedHashMap<>();
        for (String line : config.split("\n")) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (!line.startsWith("--") || equals < 0) {
                throw new IllegalStateException("mfcc.conf has a line that is not --option=value: " + line);
            }
            String option = line.substring(2, equals);
            String value = line.substring(equals + 1).strip();
            // resampling is done before this class (SpeakerEmbedder), so it does not change features
            if (option.equals("allow-downsample") || option.equals("allow-upsample")) {
                continue;
            }
            if (!expected.containsKey(option)) {
                throw new IllegalStateException("mfcc.conf sets --" + option + "=" + value
                        + ", which KaldiMfcc does not implement (it implements " + expected + " and Kaldi's defaults)");
            }
            if (Double.parseDouble(value) != Double.parseDouble(expected.get(option))) {
                throw new IllegalStateException("mfcc.conf sets --" + option + "=" + value
                        + ", KaldiMfcc implements " + expected.get(option));
            }
            found.put(option, value);
        }
        if (!found.keySet().equals(expected.keySet())) {
            throw new IllegalStateException("mfcc.conf sets " + found.keySet() + ", KaldiMfcc expects " + expected.keySet());
        }
    }

    /**
     * Kaldi's {@code MelBanks}: triangles equally spaced on the mel scale between
     * {@link #LOW_FREQ} and {@link #HIGH_FREQ}, evaluated at the centre frequency of each of
     * the first 128 FFT bins (the Nyquist bin is never used).
     */
    private void makeMelBanks() {
        int fftBins = FFT_SIZE / 2;
        double binWidth = (double) SAMPLE_RATE / FFT_SIZE;
        double melLow = mel(LOW_FREQ);
        double melDelta = (mel(HIGH_FREQ) - melLow) / (NUM_MEL_BINS + 1);
        for (int b = 0; b < NUM_MEL_BINS; b++) {
            double left = melLow + b * melDelta;
            double centre = melLow + (b + 1) * melDelta;
            double right = melLow + (b + 2) * melDelta;
            double[] weights = new double[fftBins];
            int first = -1;
            int last = -1;
            for (int i = 0; i < fftBins; i++) {
                double m = mel(binWidth * i);
                if (m > left && m < right) {
                    weights[i] = m <= centre ? (m - left) / (centre - left) : (right - m) / (right - centre);
                    if (first < 0) {
                        first = i;
                    }
                    last = i;
                }
            }
            if (first < 0) {
                throw new IllegalStateException("mel bin " + b + " covers no FFT bin");
            }
            melFirstBin[b] = first;
            melWeights[b] = java.util.Arrays.copyOfRange(weights, first, last + 1);
        }
    }
}
