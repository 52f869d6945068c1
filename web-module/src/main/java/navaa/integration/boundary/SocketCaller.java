package navaa.integration.boundary;

import java.security.Principal;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The account a WebSocket was opened for, handed from the handshake filter to the endpoint:
 * the language of its handshake, which the socket's messages are told in, and a check of
 * the credential it was opened with (a logout, a revoked key or a password reset ends it,
 * and the socket with it).
 */
record SocketCaller(long accountId, String username, Locale locale, BooleanSupplier signedIn) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
