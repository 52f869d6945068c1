/**
 * Transcription: the text of each diarized turn, by one of two providers the
 * NAVAA_TRANSCRIPTION_* settings choose ({@link navaa.models.transcription.TranscriptionSettings}):
 * whisper.cpp in process (whisper-jni 1.7.1) with a Whisper model the customer supplies, or
 * a server the customer already runs that speaks OpenAI's {@code POST /v1/audio/transcriptions}.
 * No model ships with Navaa and none is downloaded.
 *
 * <h2>A transcription server</h2>
 * {@code NAVAA_TRANSCRIPTION_BASE_URL} (e.g. {@code http://host:8000/v1}) names it: whisper.cpp's
 * server, faster-whisper servers, vLLM, LocalAI. {@link navaa.models.transcription.ServerTurns}
 * sends the recording in pieces of whole turns of at most ten minutes
 * ({@link navaa.models.transcription.TranscriptionPieces}) as 16 kHz mono WAV, with
 * {@code model} ({@code NAVAA_TRANSCRIPTION_SERVER_MODEL}), {@code language} and
 * {@code response_format=verbose_json}; each answered segment goes to the turn it shares the
 * most time with. {@code NAVAA_TRANSCRIPTION_API_KEY} is sent as a bearer token and
 * {@code NAVAA_TRANSCRIPTION_TIMEOUT_S} bounds each piece's answer. A failure is
 * {@code TRANSCRIPTION_SERVER_FAILED}, its message naming the address and the setting to check.
 *
 * <h2>whisper.cpp in process</h2>
 * Put a ggml Whisper model file on the server and name it in {@code NAVAA_TRANSCRIPTION_MODEL}
 * (MicroProfile Config {@code navaa.transcription.model}); {@code ./navaa diarize --transcribe}
 * reads the same environment variables. The files are whisper.cpp's own conversions of
 * OpenAI's models, named {@code ggml-<size>.bin}:
 * <ul>
 *   <li>Persian needs a <em>multilingual</em> model: {@code ggml-small.bin} (466 MB) is the
 *       smallest that gives usable Persian; {@code ggml-medium.bin} (1.5 GB) or
 *       {@code ggml-large-v3.bin} (2.9 GB) are clearly better on Persian and much slower on a
 *       CPU. {@code ggml-base.bin} (142 MB) and {@code ggml-tiny.bin} are fast but weak for Persian.</li>
 *   <li>English only: the {@code .en} models ({@code ggml-base.en.bin}, {@code ggml-small.en.bin})
 *       are a little better at English; a job asking for Persian with one of them is refused
 *       ({@code TRANSCRIPTION_LANGUAGE_UNSUPPORTED}).</li>
 *   <li>Quantized files ({@code ggml-small-q5_1.bin}, {@code -q8_0}) are smaller and faster at a
 *       small cost in accuracy. All-f32 conversions are refused: whisper.cpp 1.7.1 aborts the
 *       process on them.</li>
 * </ul>
 * {@code expected_language} {@code fa} or {@code en} is passed to Whisper; absent, Whisper
 * detects the language per segment.
 *
 * <h2>When it is not configured</h2>
 * {@link navaa.models.transcription.TranscriptionSettings#check(String)} answers before a job
 * starts: {@code TRANSCRIPTION_MODEL_NOT_CONFIGURED} naming both settings, one of which to fill,
 * {@code TRANSCRIPTION_MODEL_INVALID} for a missing, unreadable, cut-off or non-ggml file
 * (checked in Java, since whisper.cpp "loads" a file that merely starts like a model), or
 * {@code TRANSCRIPTION_LIBRARY_UNAVAILABLE} when the native library does not load. Diarization
 * without transcription never needs any of it.
 *
 * <h2>Native code</h2>
 * whisper-jni's jar carries whisper.cpp for Linux x86-64 (with and without AVX2), arm64 and
 * armv7, macOS and Windows, and extracts the right one into {@code java.io.tmpdir} when first
 * loaded. A JNI library binds to one class loader per JVM, so the jar lives in the domain's
 * lib folder (server-config copies it there, like FFmpeg and ONNX Runtime) and models has it
 * as {@code provided}.
 */
package navaa.models.transcription;
