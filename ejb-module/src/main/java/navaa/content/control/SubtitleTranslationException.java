package navaa.content.control;

/**
 * The model's answer broke the subtitle's cues (left one out, merged, reordered or renumbered
 * them, answered empty or far too long, or not in the asked JSON) twice for the same batch.
 * Nothing is translated then. The endpoint answers it as doc 002's 500 (§6.5) with the
 * message, which names the cue; the model's answer is for the log only.
 */
public class SubtitleTranslationException extends RuntimeException {

    private final int cue;
    private final String answer;

    public SubtitleTranslationException(int cue, String detail, String answer) {
        super(detail);
        this.cue = cue;
        this.answer = answer;
    }

    /** The number of the first cue the answer broke; 0 when the answer as a whole was unreadable. */
    public int cue() {
        return cue;
    }

    /** The start of the model's last answer, for the administrator's log. */
    public String answer() {
        return answer;
    }
}
