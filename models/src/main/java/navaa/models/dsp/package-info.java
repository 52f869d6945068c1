/**
 * Streaming audio kernels for loudness work: BS.1770-4 K-weighting, integrated loudness (LUFS)
 * and true peak (dBTP), a true-peak limiter and the product's boost built on it. Every kernel
 * takes interleaved {@code float} samples in [-1, 1] block by block, allocates nothing per
 * block, and hands its state out as a small serializable record so that a batch job restarted
 * from a checkpoint produces the same output as one that never stopped.
 *
 * <p>Not here: decoding and encoding (FFmpeg I/O), resampling, or loudness normalisation to a
 * target; the boost only raises the level and keeps the peaks under the ceiling.
 */
package navaa.models.dsp;
