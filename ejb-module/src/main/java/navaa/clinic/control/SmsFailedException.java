package navaa.clinic.control;

import jakarta.ejb.ApplicationException;

/**
 * The SMS gateway did not take a text: unreachable, timed out, or refused it. An
 * application exception, so it reaches the caller of an EJB as it is, and the code that
 * was not sent is not kept either.
 */
@ApplicationException(rollback = true)
public class SmsFailedException extends RuntimeException {

    public SmsFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
