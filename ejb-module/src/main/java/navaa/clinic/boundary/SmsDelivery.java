package navaa.clinic.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.clinic.control.HttpSmsGateway;
import navaa.clinic.control.SmsSender;
import navaa.clinic.entity.OutboxMessage;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Sends the clinic's texts: through the HTTP gateway when NAVAA_SMS_GATEWAY_URL is set
 * (with NAVAA_SMS_GATEWAY_KEY), otherwise into the development outbox, which sends nothing
 * and which admins read (api-map §4). The outbox keeps NAVAA_SMS_OUTBOX_DAYS days (7) of
 * messages, NAVAA_SMS_OUTBOX_MAX_ROWS (10000) at the most.
 */
@Stateless
public class SmsDelivery {

    private static final Logger LOG = Logger.getLogger(SmsDelivery.class.getName());
    /** The most rows one outbox answer lists. */
    static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    public void send(String phone, String channel, String text) {
        sender().send(phone, channel, text);
    }

    /** The outbox, newest first, of one number or of all. */
    public List<OutboxMessage> outbox(Optional<String> phone) {
        return em.createQuery("select m from OutboxMessage m where (:phone is null or m.phone = :phone)"
                        + " order by m.createdAt desc, m.id desc", OutboxMessage.class)
                .setParameter("phone", phone.orElse(null)).setMaxResults(PAGE).getResultList();
    }

    private SmsSender sender() {
        Optional<String> url = config.getOptionalValue("navaa.sms.gateway-url", String.class).map(String::strip)
                .filter(u -> !u.isEmpty());
        if (url.isPresent()) {
            return new HttpSmsGateway(URI.create(url.get()), config.getOptionalValue("navaa.sms.gateway-key", String.class).orElse(null));
        }
        return (phone, channel, text) -> em.persist(new OutboxMessage(phone, channel, text));
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    void purge() {
        int days = config.getOptionalValue("navaa.sms.outbox-days", Integer.class).orElse(7);
        int old = em.createQuery("delete from OutboxMessage m where m.createdAt < :before")
                .setParameter("before", Instant.now().minus(Duration.ofDays(days))).executeUpdate();
        // the newest rows up to the cap stay; the id of the first one past it bounds the rest
        int cap = config.getOptionalValue("navaa.sms.outbox-max-rows", Integer.class).orElse(10_000);
        int over = em.createQuery("select m.id from OutboxMessage m order by m.id desc", Long.class)
                .setFirstResult(cap).setMaxResults(1).getResultStream().findFirst()
                .map(id -> em.createQuery("delete from OutboxMessage m where m.id <= :id").setParameter("id", id).executeUpdate())
                .orElse(0);
        LOG.fine(() -> (old + over) + " SMS outbox rows removed");
    }
}
