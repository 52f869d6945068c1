package navaa.integration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import navaa.integration.control.ProcessingUpdate;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/** The open {@code /ws/processing/} sockets of this server, by account. */
@ApplicationScoped
public class ProcessingSessions {

    private static final Logger LOG = Logger.getLogger(ProcessingSessions.class.getName());

    private final Map<Long, Set<Session>> byAccount = new ConcurrentHashMap<>();

    void opened(long accountId, Session session) {
        byAccount.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void closed(long accountId, Session session) {
        byAccount.computeIfPresent(accountId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /**
     * Sends the update {@code json} to every open socket of the account, in the language of
     * the socket's handshake; a socket that fails is dropped.
     */
    void send(long accountId, String json) {
        Set<Session> open = byAccount.getOrDefault(accountId, Set.of());
        if (open.isEmpty()) {
            return;
        }
        JsonObject update = Json.createReader(new StringReader(json)).readObject();
        for (Session session : open) {
            if (!session.isOpen() || !stillSignedIn(accountId, session)) {
                continue;
            }
            String told = ProcessingUpdate.in(update, language(session)).toString();
            // one sender at a time per session: the basic remote is not safe for concurrent sends
            synchronized (session) {
                try {
                    session.getBasicRemote().sendText(told);
                } catch (IOException | IllegalStateException e) {
                    LOG.fine(() -> "dropping a processing socket of account " + accountId + ": " + e);
                    closed(accountId, session);
                }
            }
        }
    }

    /** Closes every socket whose credential has ended since its handshake. */
    void closeSignedOut() {
        byAccount.forEach((accountId, sessions) -> sessions.forEach(session -> stillSignedIn(accountId, session)));
    }

    /**
     * Whether the socket's credential still holds: a logout, a revoked key, a password reset,
     * a deactivated or expired account end it, and then the socket is closed (1008) rather than
     * left open to a client that is no longer signed in.
     */
    private boolean stillSignedIn(long accountId, Session session) {
        if (!session.isOpen()) {
            closed(accountId, session);
            return false;
        }
        if (session.getUserProperties().get(SocketCaller.class.getName()) instanceof SocketCaller caller
                && caller.signedIn().getAsBoolean()) {
            return true;
        }
        closed(accountId, session);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "signed out"));
        } catch (IOException | IllegalStateException e) {
            LOG.fine(() -> "closing a signed-out processing socket of account " + accountId + ": " + e);
        }
        LOG.fine(() -> "closed a processing socket of account " + accountId + ": its credential ended");
        return false;
    }

    private static Locale language(Session session) {
        return session.getUserProperties().get(SocketCaller.class.getName()) instanceof SocketCaller caller
                ? caller.locale() : Locale.ROOT;
    }

    int open() {
        return byAccount.values().stream().mapToInt(Set::size).sum();
    }
}
