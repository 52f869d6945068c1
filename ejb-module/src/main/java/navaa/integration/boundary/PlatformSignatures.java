package navaa.integration.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import navaa.integration.control.MessageSignature;
import navaa.integration.control.MessageSignature.Purpose;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Signs the platform's own JMS messages and checks the signature of those it receives, with
 * the key server-config generates ({@code navaa.jms.signing-key} names its file; every server
 * that shares a broker needs the same file). The signature travels in the message property
 * {@value #PROPERTY}. Without a readable key nothing can be signed (sending fails with the
 * reason) and nothing verifies; the messaging health check reports it.
 */
@ApplicationScoped
public class PlatformSignatures {

    public static final String PROPERTY = "navaaSignature";

    private static final Logger LOG = Logger.getLogger(PlatformSignatures.class.getName());

    @Inject
    @ConfigProperty(name = "navaa.jms.signing-key")
    Optional<String> keyFile;

    private MessageSignature signature;
    private String problem;

    @PostConstruct
    void load() {
        if (keyFile.isEmpty()) {
            problem = "navaa.jms.signing-key is not configured (server-config sets it)";
        } else {
            try {
                signature = MessageSignature.withHexKey(Files.readString(Path.of(keyFile.get())));
            } catch (IOException | IllegalArgumentException e) {
                problem = "cannot read the JMS signing key " + keyFile.get() + ": " + e.getMessage();
            }
        }
        if (problem != null) {
            LOG.severe(problem);
        }
    }

    public String sign(Purpose purpose, String body) {
        if (signature == null) {
            throw new IllegalStateException(problem);
        }
        return signature.sign(purpose, body);
    }

    /** Whether the message carries the platform's signature of {@code body} for {@code purpose}. */
    public boolean signed(Purpose purpose, String body, Message message) {
        if (signature == null) {
            return false;
        }
        try {
            return signature.verifies(purpose, body, message.getStringProperty(PROPERTY));
        } catch (JMSException e) {
            return false;
        }
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
