package navaa.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where requests may come from: trusted reverse proxies and extra allowed browser origins. */
@ApplicationScoped
public class NetworkSettings {

    @Inject
    @ConfigProperty(name = "navaa.trusted-proxies")
    Optional<String> trustedProxies;

    @Inject
    @ConfigProperty(name = "navaa.allowed-origins")
    Optional<String> allowedOrigins;

    private ClientAddress clientAddress;

    public ClientAddress clientAddress() {
        if (clientAddress == null) {
            clientAddress = new ClientAddress(trustedProxies.orElse(""));
        }
        return clientAddress;
    }

    /** Origins besides this server's own, e.g. a console served from another host name. */
    public List<String> allowedOrigins() {
        return Arrays.stream(allowedOrigins.orElse("").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
