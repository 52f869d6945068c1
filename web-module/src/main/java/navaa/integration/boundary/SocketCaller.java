package navaa.integration.boundary;

import java.security.Principal;
import java.util.Locale;

/**
 * The account a WebSocket was opened for, handed from the handshake filter to the endpoint,
 * and the language of its handshake, which the socket's messages are told in.
 */
record SocketCaller(long accountId, String username, Locale locale) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
