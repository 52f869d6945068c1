/**
 * Audio files in and out through FFmpeg (bytedeco's JavaCPP presets, the low-level
 * libavformat, libavcodec and libswresample API): recognising an upload by its content
 * ({@link navaa.models.audio.FormatSniffer}), reading its properties
 * ({@link navaa.models.audio.AudioProbe}), decoding it block by block to interleaved float
 * PCM at the rate and channel count a model wants ({@link navaa.models.audio.PcmDecoder}),
 * and writing processed blocks back in the upload's format ({@link navaa.models.audio.PcmEncoder}).
 * Failures a user should hear about are {@link navaa.models.audio.AudioException}s.
 *
 * <p>Memory is bounded by a block, never by the file: uploads are hours long. A decoder can
 * be positioned on any output frame so that a restarted batch job continues from its
 * checkpoint with the same samples, bit for bit, as a run that never stopped.
 *
 * <p>Only MP3, WAV, M4A and FLAC are opened, and only from local files: FFmpeg would otherwise
 * follow a playlist upload to other files and URLs. Not here: storage of uploads, the batch
 * job itself, and any signal processing.
 */
package navaa.models.audio;
