package navaa.integration.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.JMSException;

import java.util.Collections;

/** The JMS destinations server-config creates, and how full the request queue is. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobQueues {

    @Resource(lookup = "jms/navaa/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/navaa/JobRequests")
    Queue requests;

    /** Messages waiting in the job-request queue; also proves the broker answers. */
    public int pendingRequests() throws JMSException {
        try (JMSContext context = connectionFactory.createContext(); QueueBrowser browser = context.createBrowser(requests)) {
            return Collections.list(browser.getEnumeration()).size();
        }
    }
}
