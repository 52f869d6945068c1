package navaa.models.diarization.cli;

import navaa.models.audio.DecodeLimit;
import navaa.models.speaker.SpeakerEmbedder;
import org.bytedeco.ffmpeg.global.avutil;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The offline command line, {@code ./navaa diarize} and {@code ./navaa enroll}: the models
 * run in this JVM, no server needed. Exit status 0 done, 1 failed (the reason on standard
 * error), 2 a wrong command line (with the usage).
 */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = String.join("\n",
            "usage: " + DiarizeOptions.USAGE,
            "       " + EnrollOptions.USAGE,
            "",
            "diarize   who spoke when in FILE (MP3, WAV, M4A or FLAC), without the server",
            "  --db F        name the speakers enrolled in the voice database file F",
            "  --speakers N  the number of speakers when known (1-50; default: found from the audio)",
            "  --format X    json (default), txt, srt or vtt",
            "  --out PATH    where to write (- is standard output); default: standard output for",
            "                json and txt, FILE's name with .srt/.vtt beside it for subtitles",
            "  --window S    embedding window in seconds (default 1.5)",
            "  --hop S       embedding hop in seconds (default 0.5)",
            "  --transcribe  each turn's text too, by the provider the environment names, as on the",
            "                server: NAVAA_TRANSCRIPTION_BASE_URL (an OpenAI-compatible server, with",
            "                NAVAA_TRANSCRIPTION_API_KEY, _SERVER_MODEL, _TIMEOUT_S) or",
            "                NAVAA_TRANSCRIPTION_MODEL (a ggml Whisper file run here)",
            "  --language L  fa or en, the language to transcribe in (default: detected)",
            "enroll    add NAME's voice from SAMPLEs of them speaking alone (a few seconds each)",
            "          to the voice database file, made if missing; a speaker of the same name",
            "          is replaced. The file is the server's voice database export format.",
            "");

    private Main() {
    }

    public static void main(String[] args) {
        // UTF-8 whatever the locale: names may be Persian, and the JSON is UTF-8
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // FFmpeg's own log lines ("[mp3 @ 0x…] Failed to find two consecutive MPEG audio frames")
        // would come before the message that says the same about the file by its name
        avutil.av_log_set_level(avutil.AV_LOG_FATAL);
        // the server's setting, so a file the server refuses as too long can still be read here
        String maxSamples = System.getenv("NAVAA_MAX_DECODED_SAMPLES");
        if (maxSamples != null && !maxSamples.isBlank()) {
            DecodeLimit.setMaxSamples(Long.parseLong(maxSamples.strip()));
        }
        int status = run(Arrays.asList(args), out, err, errIsTerminal(), SpeakerEmbedder::load);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Whether standard error is a terminal, for the progress bar. The launcher knows ({@code [ -t 2 ]})
     * and says so in {@code navaa.terminal}; Java alone knows only whether a console is attached,
     * which it is not when standard output goes to a file, as {@code diarize a.wav > a.json} does.
     */
    static boolean errIsTerminal() {
        String told = System.getProperty("navaa.terminal");
        return told != null ? Boolean.parseBoolean(told) : System.console() != null;
    }

    static int run(List<String> args, PrintStream out, PrintStream err, boolean terminal, Supplier<SpeakerEmbedder> embedder) {
        if (args.isEmpty()) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        List<String> options = rest.contains("--") ? rest.subList(0, rest.indexOf("--")) : rest;
        if (command.equals("help") || command.equals("-h") || command.equals("--help")
                || options.contains("-h") || options.contains("--help")) {
            out.print(USAGE_TEXT);
            out.flush();
            return OK;
        }
        try {
            switch (command) {
                case "diarize" -> diarize(DiarizeOptions.parse(rest), out, err, terminal, embedder);
                case "enroll" -> new EnrollCommand(embedder).run(EnrollOptions.parse(rest), out);
                default -> throw new UsageError("unknown command \"" + command + "\"");
            }
            return OK;
        } catch (UsageError e) {
            boolean known = command.equals("diarize") || command.equals("enroll");
            err.println("navaa" + (known ? " " + command : "") + ": " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        } catch (CommandFailure e) {
            err.println("navaa " + command + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException | OutOfMemoryError e) {
            // a fault of ours or of the machine, not of the input: the trace helps the report
            err.println("navaa " + command + ": failed: " + e);
            e.printStackTrace(err);
            return FAILED;
        }
    }

    private static void diarize(DiarizeOptions options, PrintStream out, PrintStream err, boolean terminal,
                                Supplier<SpeakerEmbedder> embedder) throws CommandFailure {
        ProgressBar bar = new ProgressBar(err, options.audio().getFileName().toString(), terminal);
        try {
            new DiarizeCommand(embedder).run(options, out, err, p -> {
                bar.accept(p);
                if (p >= 100) {
                    bar.finish();
                }
            });
        } finally {
            bar.finish();
        }
    }
}
