/**
 * Noise suppression of speech: DTLN (two stacked LSTM stages, one masking the spectrum, one
 * working on the time signal) run frame by frame on DJL's TFLite engine, 16 kHz mono in
 * and out, streaming, with checkpoints for batch restarts.
 * <p>
 * Not here: resampling and decoding (the audio package does that first), loudness
 * (the dsp package), deciding which recordings to clean (the batch job). The weights come
 * from the models jar; DJL runs offline and its native library goes where
 * {@link navaa.models.denoise.TfLiteRuntime} is told.
 */
package navaa.models.denoise;
