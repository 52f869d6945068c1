package navaa.models.transcription;

import io.github.givimad.whisperjni.WhisperContext;
import io.github.givimad.whisperjni.WhisperContextParams;
import io.github.givimad.whisperjni.WhisperFullParams;
import io.github.givimad.whisperjni.WhisperJNI;
import io.github.givimad.whisperjni.WhisperSamplingStrategy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@link Transcriber} by whisper.cpp through whisper-jni, with one model context: calls are
 * serialised by a lock (a context holds one decoding state), so one instance serves a whole
 * server. Obtain it from {@link TranscriptionModel#open(int)}, which checks the file first:
 * whisper.cpp accepts a file that only starts like a model and then runs on no weights.
 */
public final class WhisperTranscriber implements Transcriber {

    /** whisper.cpp returns nothing for less than one second of audio; shorter segments are padded with silence. */
    static final int MINIMUM_SAMPLES = SAMPLE_RATE + SAMPLE_RATE / 10;

    private final WhisperJNI whisper = new WhisperJNI();
    private final ReentrantLock lock = new ReentrantLock();
    private final GgmlWhisperFile.Header header;
    private final Path file;
    private final int threads;
    private WhisperContext context;

    WhisperTranscriber(Path file, GgmlWhisperFile.Header header, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.file = file;
        this.header = header;
        this.threads = threads;
        WhisperLibrary.load();
        WhisperContextParams params = new WhisperContextParams();
        params.useGPU = false;
        WhisperContext loaded;
        try {
            loaded = whisper.init(file, params);
        } catch (IOException e) {
            throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_MODEL_INVALID,
                    "The Whisper model file " + file + " cannot be read: " + e.getMessage() + ".", e);
        }
        if (loaded == null) {
            throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_MODEL_INVALID,
                    "whisper.cpp refused the model file " + file + " (" + header.describe()
                            + "); its log, at DEBUG under navaa.models.transcription.whisper, says why.");
        }
        this.context = loaded;
    }

    /** What the model file says about itself. */
    public GgmlWhisperFile.Header model() {
        return header;
    }

    @Override
    public String transcribe(float[] samples, String language) {
        Transcriber.checkLanguage(language);
        if (Transcriber.PERSIAN.equals(language) && !header.multilingual()) {
            throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_LANGUAGE_UNSUPPORTED,
                    "The Whisper model " + file + " is English-only; Persian needs a multilingual model.");
        }
        float[] audio = samples.length >= MINIMUM_SAMPLES ? samples : Arrays.copyOf(samples, MINIMUM_SAMPLES);
        WhisperFullParams params = new WhisperFullParams(WhisperSamplingStrategy.GREEDY);
        params.nThreads = threads;
        // whisper.cpp's "auto" detects the language; a null string would reach native code
        params.language = language == null ? "auto" : language;
        params.detectLanguage = false;
        params.translate = false;
        params.noTimestamps = true;
        params.singleSegment = true;
        params.noContext = true;
        params.printProgress = false;
        params.printRealtime = false;
        params.printTimestamps = false;
        params.printSpecial = false;
        lock.lock();
        try {
            if (context == null) {
                throw new IllegalStateException("this transcriber is closed");
            }
            int result = whisper.full(context, params, audio, audio.length);
            if (result != 0) {
                throw new TranscriptionException(TranscriptionError.TRANSCRIPTION_FAILED,
                        "whisper.cpp could not transcribe a segment of " + samples.length + " samples (error " + result + ").");
            }
            StringBuilder text = new StringBuilder();
            int segments = whisper.fullNSegments(context);
            for (int i = 0; i < segments; i++) {
                text.append(whisper.fullGetSegmentText(context, i));
            }
            return text.toString().strip();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (context != null) {
                context.close();
                context = null;
            }
        } finally {
            lock.unlock();
        }
    }
}
