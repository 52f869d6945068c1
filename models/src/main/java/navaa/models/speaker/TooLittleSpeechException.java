package navaa.models.speaker;

/**
 * A sample of a speaker holds too little speech to know the speaker by. The message says
 * how much speech was found and how much is needed, in words for the log.
 */
public class TooLittleSpeechException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public TooLittleSpeechException(String message) {
        super(message);
    }
}
