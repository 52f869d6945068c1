package navaa.models.diarization;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NIST's Rich Transcription Time Marked format, the one diarization scorers and corpora
 * share: a {@code SPEAKER} line per turn, start and duration in seconds.
 * <pre>SPEAKER meeting 1 12.340 2.500 &lt;NA&gt; &lt;NA&gt; alice &lt;NA&gt; &lt;NA&gt;</pre>
 */
public final class Rttm {

    private Rttm() {
    }

    public static List<SpeakerTurn> parse(String text) {
        List<SpeakerTurn> turns = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 8 || !f[0].equals("SPEAKER")) {
                continue;
            }
            double start = Double.parseDouble(f[3]);
            turns.add(new SpeakerTurn(start, start + Double.parseDouble(f[4]), f[7]));
        }
        return turns;
    }

    public static String format(String recording, List<SpeakerTurn> turns) {
        StringBuilder out = new StringBuilder();
        for (SpeakerTurn t : turns) {
            out.append(String.format(Locale.ROOT, "SPEAKER %s 1 %.3f %.3f <NA> <NA> %s <NA> <NA>%n",
                    recording, t.start(), t.duration(), t.speaker()));
        }
        return out.toString();
    }
}
