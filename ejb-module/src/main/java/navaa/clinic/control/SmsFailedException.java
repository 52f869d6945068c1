package navaa.clinic.control;

/** The SMS gateway did not take a text: unreachable, timed out, or refused it. */
public class SmsFailedException extends RuntimeException {

    public SmsFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
