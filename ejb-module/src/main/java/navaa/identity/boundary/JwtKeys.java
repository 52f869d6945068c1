package navaa.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import navaa.identity.control.RsaKeys;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The RS256 signing key, read once at start from the file server-config generated. The
 * public half (which MicroProfile JWT reads from its own file) is derived from it, so
 * the two cannot disagree inside this class. A missing key does not stop the
 * application: health reports it and token endpoints answer 503.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class JwtKeys {

    private static final Logger LOG = Logger.getLogger(JwtKeys.class.getName());

    @Inject
    @ConfigProperty(name = "navaa.jwt.private-key")
    Optional<String> privateKeyFile;

    private RSAPrivateKey privateKey;
    private RSAPublicKey publicKey;
    private String problem;

    @PostConstruct
    void load() {
        if (privateKeyFile.isEmpty()) {
            problem = "navaa.jwt.private-key is not configured (server-config sets it)";
            LOG.severe(problem);
            return;
        }
        try {
            privateKey = RsaKeys.readPrivate(Path.of(privateKeyFile.get()));
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) privateKey;
            publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (IllegalStateException | ClassCastException | GeneralSecurityException e) {
            problem = "cannot read the JWT signing key " + privateKeyFile.get() + ": " + e.getMessage();
            LOG.log(Level.SEVERE, problem, e);
        }
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    public RSAPrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }
}
