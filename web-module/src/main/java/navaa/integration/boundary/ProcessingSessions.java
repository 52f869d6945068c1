package navaa.integration.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.Session;

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

    /** Sends {@code json} to every open socket of the account; a socket that fails is dropped. */
    void send(long accountId, String json) {
        for (Session session : byAccount.getOrDefault(accountId, Set.of())) {
            if (!session.isOpen()) {
                closed(accountId, session);
                continue;
            }
            // one sender at a time per session: the basic remote is not safe for concurrent sends
            synchronized (session) {
                try {
                    session.getBasicRemote().sendText(json);
                } catch (java.io.IOException | IllegalStateException e) {
                    LOG.fine(() -> "dropping a processing socket of account " + accountId + ": " + e);
                    closed(accountId, session);
                }
            }
        }
    }

    int open() {
        return byAccount.values().stream().mapToInt(Set::size).sum();
    }
}
