package navaa.clinic.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.HttpSmsGateway;
import navaa.clinic.control.SmsSender;
import navaa.clinic.entity.OutboxMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the clinic's texts: through the HTTP gateway when NAVAA_SMS_GATEWAY_URL is set,
 * otherwise into the development outbox, which sends nothing and which admins read
 * (api-map §4). The outbox keeps the last days' messages, up to a number of rows.
 */
@Stateless
public class SmsDelivery {

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class.getName());
    /** The most rows one outbox answer lists. */
    static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "navaa.sms.gateway-url")
    Optional<String> gatewayUrl;

    @Inject
    @ConfigProperty(name = "navaa.sms.gateway-key")
    Optional<String> gatewayKey;

    @Inject
    @ConfigProperty(name = "navaa.sms.outbox-days", defaultValue = "7")
    int outboxDays;

    @Inject
    @ConfigProperty(name = "navaa.sms.outbox-max-rows", defaultValue = "10000")
    int outboxMaxRows;

    public void send(String phone, String channel, String text) {
        sender().send(phone, channel, text);
    }

    /** The outbox, newest first, of one number or of all. */
    public List<OutboxMessage> outbox(Optional<String> phone) {
        var query = phone.isPresent()
                ? em.createNamedQuery(OutboxMessage.NEWEST_TO, OutboxMessage.class).setParameter("phone", phone.get())
                : em.createNamedQuery(OutboxMessage.NEWEST, OutboxMessage.class);
        return query.setMaxResults(PAGE).getResultList();
    }

    private SmsSender sender() {
        Optional<String> url = gatewayUrl.map(String::strip).filter(u -> !u.isEmpty());
        if (url.isPresent()) {
            return new HttpSmsGateway(URI.create(url.get()), gatewayKey.orElse(null));
        }
        return (phone, channel, text) -> em.persist(new OutboxMessage(phone, channel, text, Instant.now()));
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        int old = em.createNamedQuery(OutboxMessage.OLDER_THAN)
                .setParameter("before", Instant.now().minus(Duration.ofDays(outboxDays))).executeUpdate();
        int over = em.createNamedQuery(OutboxMessage.IDS_NEWEST_FIRST, Long.class)
                .setFirstResult(outboxMaxRows).setMaxResults(1).getResultStream().findFirst()
                .map(id -> em.createNamedQuery(OutboxMessage.UP_TO_ID).setParameter("id", id).executeUpdate())
                .orElse(0);
        LOG.fine(() -> (old + over) + " SMS outbox rows removed");
    }
}
