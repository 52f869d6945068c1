package navaa.integration.boundary;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;

/**
 * Doc 001's {@code ws://host/ws/processing/}: pushes each state change of the caller's
 * jobs (status, progress, error) as one JSON text message. Read-only: what the client
 * sends is ignored. {@link SocketAuthentication} has authenticated the handshake.
 */
@ServerEndpoint("/ws/processing/")
public class ProcessingSocket {

    @Inject
    ProcessingSessions sessions;

    @OnOpen
    public void open(Session session) throws IOException {
        if (!(session.getUserPrincipal() instanceof SocketCaller caller)) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not authenticated"));
            return;
        }
        session.getUserProperties().put(SocketCaller.class.getName(), caller);
        sessions.opened(caller.accountId(), session);
    }

    @OnClose
    public void close(Session session) {
        if (session.getUserProperties().get(SocketCaller.class.getName()) instanceof SocketCaller caller) {
            sessions.closed(caller.accountId(), session);
        }
    }

    @OnError
    public void error(Session session, Throwable failure) {
        close(session);
    }
}
