package navaa.identity.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the logins, which take no CSRF token: the documents' clients send none, and a
 * forged login changes no one's data. Everything else a session cookie authenticates
 * is checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CsrfExempt {
}
