/**
 * Who is speaking: speaker embeddings (x-vectors) of Kaldi's callhome x-vector model as
 * Vosk ships it ({@code vosk-model-spk-0.4}), in plain Java, and a calibrated similarity.
 * <p>
 * {@link navaa.models.speaker.SpeakerEmbedder} turns speech into a 128-dim embedding:
 * {@link navaa.models.speaker.Decimator} to 8 kHz, {@link navaa.models.speaker.KaldiMfcc},
 * speech-frame selection, {@link navaa.models.speaker.SlidingCmn}, the network
 * ({@link navaa.models.speaker.XVectorNetwork}, read by
 * {@link navaa.models.speaker.Nnet3Reader}) and Vosk's whitening.
 * {@link navaa.models.speaker.SpeakerSimilarity} scores two embeddings from 0 to 100, and
 * {@link navaa.models.speaker.SpeakerRegions} plans speaker extraction over VAD segments.
 * Used by speaker extraction and diarization.
 */
package navaa.models.speaker;
