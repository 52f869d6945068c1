package navaa.models.speaker;

import navaa.models.weights.WeightFile;
import navaa.models.weights.Weights;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Speaker embeddings (x-vectors) of {@code vosk-model-spk-0.4}, computed as Vosk's
 * {@code Recognizer::GetSpkVector} does, in plain Java:
 * <ol>
 * <li>resample to 8 kHz ({@link Decimator}), the telephone rate the model was trained on;</li>
 * <li>MFCC ({@link KaldiMfcc}), 100 frames per second;</li>
 * <li>keep the speech frames: those within {@link #SILENCE_NATS} nats of log energy of the
 * loudest frame (Vosk keeps the frames its decoder marks non-silent; this stand-in is the
 * one of the model sheet's trial), because silence left in moved an embedding to a cosine
 * of 0.64 against the trimmed one;</li>
 * <li>no embedding under {@link #MIN_FRAMES} speech frames (Vosk's {@code MIN_SPK_FEATS});</li>
 * <li>sliding CMN over 300 frames ({@link SlidingCmn}) and the network ({@link XVectorNetwork});</li>
 * <li>minus {@code mean.vec}, times the 128 × 128 whitening {@code transform.mat}, scaled to
 * length √128 ≈ 11.31.</li>
 * </ol>
 * Compare embeddings with {@link SpeakerSimilarity}.
 * <p>
 * <b>All the speech counts.</b> The network pools 400 frames (4 s of speech) per pass
 * ({@link XVectorNetwork}); Vosk takes the first pass only and ignores the rest. Here
 * longer speech is cut into equal chunks of at most {@link #CHUNK_FRAMES} frames whose raw
 * outputs are averaged before the whitening, as Kaldi's own x-vector extraction does, so
 * that a long enrolment sample is heard whole. On real speech (Asterisk prompts, JFK) this
 * changed utterance-level cosines by less than 0.01, since those utterances hold about 4 s
 * of speech; it matters for samples longer than that.
 * <p>
 * Immutable and thread-safe: one instance (15 MB of weights, loaded in about 0.1 s) can
 * serve every thread; each call allocates its own buffers, about 6 MB for a 4-s window.
 * A 4-s window at 16 kHz takes about 40 ms of one core (decimation 7 ms, MFCC 2 ms, the
 * network the rest), so callers that embed many windows can simply run calls in parallel.
 */
public final class SpeakerEmbedder {

    /** Size of an embedding. */
    public static final int DIMENSION = XVectorNetwork.OUTPUT_DIM;
    /** The fewest speech frames (10 ms each) that give an embedding: Vosk's MIN_SPK_FEATS. */
    public static final int MIN_FRAMES = 50;
    /** Frames more than this many nats of log energy below the loudest frame are silence. */
    public static final double SILENCE_NATS = 7;
    /**
     * Speech frames one network pass pools (the network's {@code stats-pooling-0-400});
     * longer speech is embedded in chunks of at most this many and their outputs averaged.
     */
    public static final int CHUNK_FRAMES = 400;

    private final KaldiMfcc mfcc = new KaldiMfcc();
    private final SlidingCmn cmn = SlidingCmn.vosk();
    private final XVectorNetwork network;
    private final float[] mean;
    private final float[][] transform;

    /**
     * @param network the x-vector network
     * @param mean the 128-dim mean of raw embeddings ({@code mean.vec})
     * @param transform the 128 × 128 whitening matrix ({@code transform.mat}), rows are outputs
     */
    public SpeakerEmbedder(XVectorNetwork network, float[] mean, float[][] transform) {
        if (mean.length != DIMENSION) {
            throw new IllegalArgumentException("mean.vec has " + mean.length + " values, expected " + DIMENSION);
        }
        if (transform.length != DIMENSION || transform[0].length != DIMENSION) {
            throw new IllegalArgumentException("transform.mat is " + transform.length + " × " + transform[0].length
                    + ", expected " + DIMENSION + " × " + DIMENSION);
        }
        this.network = network;
        this.mean = mean.clone();
        this.transform = new float[DIMENSION][];
        for (int i = 0; i < DIMENSION; i++) {
            this.transform[i] = transform[i].clone();
        }
    }

    /**
     * The model of the models jar: the network, {@code mean.vec}, {@code transform.mat},
     * and a check that {@code mfcc.conf} asks for the features {@link KaldiMfcc} computes.
     *
     * @throws IllegalStateException if a file differs from what this code implements
     */
    public static SpeakerEmbedder load() {
        KaldiMfcc.checkConfig(new String(Weights.read(WeightFile.SPK_MFCC_CONF), StandardCharsets.US_ASCII));
        float[] mean = KaldiFiles.textVector(Weights.read(WeightFile.SPK_MEAN), WeightFile.SPK_MEAN.resource());
        float[][] transform = KaldiFiles.binaryMatrix(Weights.read(WeightFile.SPK_TRANSFORM), WeightFile.SPK_TRANSFORM.resource());
        return new SpeakerEmbedder(XVectorNetwork.load(), mean, transform);
    }

    /** The network, e.g. for its frame limits. */
    public XVectorNetwork network() {
        return network;
    }

    /**
     * The embedding of some speech.
     *
     * @param samples mono, floats in [-1, 1]; speech (e.g. what a VAD selected): leading and
     *        trailing silence is dropped, but noise between words is not recognised as such
     * @param sampleRate 8000 or a multiple (16 kHz is the usual)
     * @return 128 values of norm √128, or empty with fewer than {@link #MIN_FRAMES} speech frames
     */
    public Optional<float[]> embed(float[] samples, int sampleRate) {
        return embed(samples, 0, samples.length, sampleRate);
    }

    /** The embedding of {@code samples[from, to)}, as {@link #embed(float[], int)}. */
    public Optional<float[]> embed(float[] samples, int from, int to, int sampleRate) {
        float[] narrowband = new Decimator(sampleRate).apply(samples, from, to);
        return embedFeatures(mfcc.compute(narrowband));
    }

    /**
     * The embedding of MFCCs from {@link KaldiMfcc}, before any selection: the speech
     * frames are selected here.
     */
    public Optional<float[]> embedFeatures(float[][] features) {
        float[][] speech = speechFrames(features);
        if (speech.length < MIN_FRAMES) {
            return Optional.empty();
        }
        return whiten(pooledOverChunks(cmn.apply(speech)));
    }

    /**
     * Vosk's post-processing of a raw network output ({@link XVectorNetwork#forward} or
     * {@link XVectorNetwork#embedFrames}): {@code mean.vec} removed, {@code transform.mat}
     * applied, scaled to norm √128. Empty for the zero vector, which has no direction.
     */
    public Optional<float[]> whiten(float[] raw) {
        float[] centred = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            centred[i] = raw[i] - mean[i];
        }
        double[] whitened = new double[DIMENSION];
        double norm = 0;
        for (int i = 0; i < DIMENSION; i++) {
            double sum = 0;
            for (int j = 0; j < DIMENSION; j++) {
                sum += transform[i][j] * centred[j];
            }
            whitened[i] = sum;
            norm += sum * sum;
        }
        norm = Math.sqrt(norm);
        if (!(norm > 0)) {
            return Optional.empty();
        }
        // Vosk scales to the length a 128-dim vector of unit-variance values would have
        double scale = Math.sqrt(DIMENSION) / norm;
        float[] embedding = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            embedding[i] = (float) (whitened[i] * scale);
        }
        return Optional.of(embedding);
    }

    /**
     * The raw network output for all of {@code features}, however long: the network pools
     * only {@link #CHUNK_FRAMES} frames, so longer speech is cut into the fewest equal chunks
     * of at most that many and their outputs are averaged, weighted by frames, before the
     * whitening. That is what Kaldi's {@code nnet3-xvector-compute --chunk-size} does; Vosk
     * instead looks at the first chunk only, which made an enrolment sample's later speech
     * count for nothing.
     */
    private float[] pooledOverChunks(float[][] speech) {
        int chunks = (speech.length + CHUNK_FRAMES - 1) / CHUNK_FRAMES;
        if (chunks <= 1) {
            return network.forward(speech);
        }
        double[] sum = new double[DIMENSION];
        for (int c = 0; c < chunks; c++) {
            int from = speech.length * c / chunks;
            int to = speech.length * (c + 1) / chunks;
            float[] raw = network.forward(Arrays.copyOfRange(speech, from, to));
            for (int i = 0; i < DIMENSION; i++) {
                sum[i] += (double) raw[i] * (to - from);
            }
        }
        float[] mean = new float[DIMENSION];
        for (int i = 0; i < DIMENSION; i++) {
            mean[i] = (float) (sum[i] / speech.length);
        }
        return mean;
    }

    /**
     * The frames of {@code features} that count as speech: log energy (C0) within
     * {@link #SILENCE_NATS} of the loudest frame and above the FLT_EPSILON floor that only
     * digital silence reaches. Order is kept; the rows are the same arrays.
     */
    public static float[][] speechFrames(float[][] features) {
        float loudest = Float.NEGATIVE_INFINITY;
        for (float[] frame : features) {
            loudest = Math.max(loudest, frame[0]);
        }
        double threshold = Math.max(loudest - SILENCE_NATS, KaldiMfcc.LOG_FLOOR + 1e-3);
        List<float[]> speech = new ArrayList<>(features.length);
        for (float[] frame : features) {
            if (frame[0] >= threshold) {
                speech.add(frame);
            }
        }
        return speech.toArray(new float[0][]);
    }
}
