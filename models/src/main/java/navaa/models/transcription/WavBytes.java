package navaa.models.transcription;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Samples as the bytes of a WAV file, 16-bit PCM, 16 kHz mono: what every Whisper server reads. */
final class WavBytes {

    private static final int HEADER = 44;

    private WavBytes() {
    }

    static byte[] of(float[] samples) {
        int data = samples.length * Short.BYTES;
        ByteBuffer wav = ByteBuffer.allocate(HEADER + data).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(HEADER - 8 + data)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(Transcriber.SAMPLE_RATE).putInt(Transcriber.SAMPLE_RATE * Short.BYTES)
                .putShort((short) Short.BYTES).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data);
        for (float sample : samples) {
            wav.putShort((short) Math.round(Math.max(-1f, Math.min(1f, sample)) * Short.MAX_VALUE));
        }
        return wav.array();
    }
}
