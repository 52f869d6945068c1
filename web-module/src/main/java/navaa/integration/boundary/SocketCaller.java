package navaa.integration.boundary;

import java.security.Principal;

/** The account a WebSocket was opened for, handed from the handshake filter to the endpoint. */
record SocketCaller(long accountId, String username) implements Principal {

    @Override
    public String getName() {
        return username;
    }
}
