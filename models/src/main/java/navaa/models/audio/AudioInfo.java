package navaa.models.audio;

/**
 * What {@link AudioProbe} found in a file.
 *
 * @param format          the container
 * @param codec           FFmpeg's short codec name: {@code mp3}, {@code aac}, {@code flac}, {@code pcm_s16le}, ...
 * @param durationSeconds length of the audio, in seconds, as the container states or FFmpeg estimates it
 * @param sampleRate      in Hz
 * @param channels        channel count
 * @param bitRate         in bit/s; for PCM and FLAC the container's average; 0 when unknown
 */
public record AudioInfo(AudioFormat format, String codec, double durationSeconds, int sampleRate,
                        int channels, long bitRate) {
}
