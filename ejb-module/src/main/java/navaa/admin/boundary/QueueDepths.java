package navaa.admin.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import navaa.admin.control.QueueDepth;

import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The depths of the broker's queues, counted with a queue browser (which takes nothing
 * off): the job requests, and OpenMQ's dead message queue, where requests end that failed
 * on every delivery. Counting works through the application's own connection, so it needs
 * no broker administration port or password.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QueueDepths {

    private static final Logger LOG = Logger.getLogger(QueueDepths.class.getName());
    /** A browser walks every message; past this many the console says "at least". */
    static final int COUNT_LIMIT = 100_000;
    static final String REQUESTS_JNDI = "jms/navaa/JobRequests";
    /** OpenMQ's own dead message queue (every broker has it; it has no JNDI name). */
    static final String DEAD_MESSAGES = "mq.sys.dmq";

    @Inject
    @JMSConnectionFactory("jms/navaa/ConnectionFactory")
    JMSContext jms;

    @Resource(lookup = REQUESTS_JNDI)
    Queue requests;

    public List<QueueDepth> all() {
        return List.of(count(requests, Optional.of(REQUESTS_JNDI), false), count(jms.createQueue(DEAD_MESSAGES), Optional.empty(), true));
    }

    private QueueDepth count(Queue queue, Optional<String> jndi, boolean deadLetters) {
        String name = name(queue);
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            long counted = 0;
            while (counted < COUNT_LIMIT && messages.hasMoreElements()) {
                messages.nextElement();
                counted++;
            }
            return QueueDepth.counted(name, jndi, deadLetters, counted, messages.hasMoreElements());
        } catch (JMSException | JMSRuntimeException e) {
            LOG.log(Level.WARNING, "cannot browse queue " + name, e);
            return QueueDepth.unknown(name, jndi, deadLetters, String.valueOf(e.getMessage()));
        }
    }

    private static String name(Queue queue) {
        try {
            return queue.getQueueName();
        } catch (JMSException e) {
            return queue.toString();
        }
    }
}
