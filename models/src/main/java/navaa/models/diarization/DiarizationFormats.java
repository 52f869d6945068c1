package navaa.models.diarization;

import java.util.List;
import java.util.Locale;

/**
 * A result written as doc 000 §9's files: {@code json} (its result shape), {@code txt}
 * (one line per turn), {@code srt} and {@code vtt} (one cue per turn, {@code [speaker] text}).
 */
public enum DiarizationFormats {
    JSON("json", "application/json"),
    TXT("txt", "text/plain"),
    SRT("srt", "application/x-subrip"),
    VTT("vtt", "text/vtt");

    public final String extension;
    public final String mediaType;

    DiarizationFormats(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public static java.util.Optional<DiarizationFormats> of(String extension) {
        for (DiarizationFormats f : values()) {
            if (f.extension.equalsIgnoreCase(extension.strip())) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }

    public String write(DiarizationResult result) {
        return switch (this) {
            case JSON -> json(result);
            case TXT -> txt(result);
            case SRT -> cues(result, false);
            case VTT -> cues(result, true);
        };
    }

    private static String json(DiarizationResult r) {
        StringBuilder out = new StringBuilder();
        out.append("{\n  \"audio_file\": ").append(quote(r.audioFile()))
                .append(",\n  \"duration\": ").append(number(r.duration()))
                .append(",\n  \"num_speakers\": ").append(r.numSpeakers())
                .append(",\n  \"identified_speakers\": [");
        List<String> names = r.identifiedSpeakers();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(quote(names.get(i)));
        }
        out.append("],\n  \"segments\": [");
        List<DiarizationResult.Segment> segments = r.segments();
        for (int i = 0; i < segments.size(); i++) {
            DiarizationResult.Segment s = segments.get(i);
            out.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"id\": ").append(s.id())
                    .append(", \"start\": ").append(number(s.start()))
                    .append(", \"end\": ").append(number(s.end()))
                    .append(", \"speaker\": ").append(quote(s.speaker()))
                    .append(", \"identified\": ").append(s.identified())
                    .append(", \"confidence\": ").append(number(s.confidence()))
                    .append(", \"text\": ").append(quote(s.text())).append('}');
        }
        out.append(segments.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return out.toString();
    }

    private static String txt(DiarizationResult r) {
        StringBuilder out = new StringBuilder();
        for (DiarizationResult.Segment s : r.segments()) {
            out.append('[').append(clock(s.start(), '.')).append(" - ").append(clock(s.end(), '.')).append("] ")
                    .append(s.speaker()).append(':');
            if (!s.text().isEmpty()) {
                out.append(' ').append(s.text());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cues(DiarizationResult r, boolean webVtt) {
        StringBuilder out = new StringBuilder(webVtt ? "WEBVTT\n\n" : "");
        char comma = webVtt ? '.' : ',';
        for (DiarizationResult.Segment s : r.segments()) {
            out.append(s.id()).append('\n')
                    .append(clock(s.start(), comma)).append(" --> ").append(clock(s.end(), comma)).append('\n')
                    .append('[').append(s.speaker()).append(']');
            if (!s.text().isEmpty()) {
                out.append(' ').append(s.text().replace("\n", " "));
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    /** hh:mm:ss,mmm (SRT) or hh:mm:ss.mmm (VTT, TXT). */
    static String clock(double seconds, char separator) {
        long ms = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, separator, ms % 1000);
    }

    /** Seconds and confidences to the millisecond / thousandth, as numbers. */
    private static String number(double value) {
        String s = String.format(Locale.ROOT, "%.3f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "") : s;
        return s.endsWith(".") ? s + "0" : s;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
