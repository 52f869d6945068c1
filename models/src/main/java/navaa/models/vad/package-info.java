/**
 * Voice activity detection: where in a recording someone speaks. Silero VAD v5 (ONNX)
 * gives a speech probability per 32 ms at 16 kHz; {@link navaa.models.vad.SpeechSegmenter}
 * turns those into speech regions. Used by speaker extraction and diarization.
 */
package navaa.models.vad;
