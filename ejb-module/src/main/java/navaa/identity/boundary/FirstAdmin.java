package navaa.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.identity.control.SecretTokens;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On the first start, creates the administrator {@code admin}: with the password in
 * NAVAA_ADMIN_PASSWORD, or else a generated one written to a file only the owner can
 * read. There is never a fixed default password.
 */
@Singleton
@Startup
@DependsOn({"Migrations", "JwtKeys"})
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    static final String USERNAME = "admin";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "navaa.admin.password")
    Optional<String> configuredPassword;

    @Inject
    @ConfigProperty(name = "navaa.data.dir")
    Optional<String> dataDir;

    @PostConstruct
    void ensureAdmin() {
        if (accounts.byUsername(USERNAME).isPresent()) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(this::generatedPassword);
        em.persist(new Account(USERNAME, Accounts.hash(password), EnumSet.of(Role.ADMIN)));
        // fail the deployment here, loudly, rather than at commit after we said it worked
        em.flush();
        LOG.info("created the administrator account 'admin'");
    }

    private String generatedPassword() {
        String password = SecretTokens.random(18);
        Path file = Path.of(dataDir.orElse(System.getProperty("user.dir")), "secrets", "admin-password");
        try {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated admin password to " + file, e);
        }
        LOG.warning(() -> "NAVAA_ADMIN_PASSWORD is not set: the generated password of 'admin' is in " + file);
        return password;
    }
}
