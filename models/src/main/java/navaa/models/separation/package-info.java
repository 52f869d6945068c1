/**
 * Vocal/accompaniment separation, streaming, with the job engine's kernel contract
 * ({@link navaa.models.separation.Separator}): interleaved float PCM in, block by block; for C
 * input channels, 2·C output channels, the vocals then the instrumental; output as long as the
 * input, the look-ahead taken out; a small {@link java.io.Serializable} state for checkpoints
 * that continues bit for bit.
 * <p>
 * Three methods, chosen by {@link navaa.models.separation.Separators}: a customer's ONNX model
 * ({@link navaa.models.separation.OnnxSeparationModel}), or, with no model, signal processing
 * ({@link navaa.models.separation.SpectralSeparator}): centre extraction with harmonic and
 * repetition cues for stereo, harmonic/percussive separation with a repetition model for mono.
 * {@link navaa.models.separation.SeparationMethod} names the one used.
 * <p>
 * Not here: decoding, resampling to the working rate, encoding the stems (the audio package).
 */
package navaa.models.separation;
