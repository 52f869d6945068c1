package navaa.identity.control;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The key the token endpoint gives a user, derived rather than stored: HMAC-SHA-256 under
 * the server's login-key secret of the account's UUID and a random salt kept beside the
 * key's hash, cut to 160 bits and written as 40 hex characters (the form of Django REST
 * framework's tokens). The server can so give the same key back on every login, as DRF's
 * get-or-create does, while the database still holds only its SHA-256: a copy of the
 * database alone (hash and salt) yields no key, nor does the secret alone.
 */
public final class LoginKeys {

    private static final String ALGORITHM = "HmacSHA256";
    // a label, so this secret's MACs can never be mistaken for any other use of it
    private static final String PURPOSE = "navaa login key v1";

    private LoginKeys() {
    }

    public static String derive(byte[] secret, String accountUuid, String salt) {
        Objects.requireNonNull(accountUuid, "accountUuid");
        Objects.requireNonNull(salt, "salt");
        if (secret.length < 32) {
            throw new IllegalArgumentException("the login-key secret must have at least 256 bits");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] tag = mac.doFinal((PURPOSE + "\n" + accountUuid + "\n" + salt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(tag, 0, 20);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM offers no " + ALGORITHM, e); // every JVM must, by spec
        }
    }
}
