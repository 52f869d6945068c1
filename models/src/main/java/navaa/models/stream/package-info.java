/**
 * The streaming kernel contract ({@link navaa.models.stream.BlockKernel}): process a block,
 * flush the tail, snapshot and restore the state for a resume after a restart. Boost, the
 * true-peak limiter, DTLN and the separators keep it, and the job engine drives them through it
 * alone. {@link navaa.models.stream.ChainedKernel} runs two kernels in a row and
 * {@link navaa.models.stream.DelayCompensated} takes a model's fixed delay out.
 */
package navaa.models.stream;
