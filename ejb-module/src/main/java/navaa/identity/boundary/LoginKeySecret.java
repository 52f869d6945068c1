package navaa.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The secret {@link navaa.identity.control.LoginKeys} derives the token endpoint's keys
 * with: 256 random bits in {@code <data>/keys/login-key-secret} (owner-only), made on first
 * use beside the JWT signing key. The servers of a cluster share it as they share that key.
 * The clinic keys its one-time codes with it too ({@code navaa.clinic.control.OtpHasher}; a
 * prefix of its own keeps the two uses apart). If it is lost, the keys derived with it still
 * work but cannot be given back: the next token login replaces them.
 */
@ApplicationScoped
public class LoginKeySecret {

    private static final Logger LOG = Logger.getLogger(LoginKeySecret.class.getName());

    @Inject
    @ConfigProperty(name = "navaa.data.dir")
    Optional<String> dataDir;

    private volatile byte[] secret;

    public byte[] bytes() {
        byte[] known = secret;
        if (known == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = readOrCreate(Path.of(dataDir.orElse(System.getProperty("user.dir")), "keys", "login-key-secret"));
                }
                known = secret;
            }
        }
        return known.clone();
    }

    private static byte[] readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] read = HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (read.length < 32) {
                throw new IllegalStateException(file + " holds fewer than 256 bits");
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the login-key secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path partial = Files.createTempFile(file.getParent(), "login-key-secret", ".new",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(partial, HexFormat.of().formatHex(fresh) + "\n", StandardCharsets.US_ASCII);
        try {
            // a link cannot replace an existing file: whoever made it first wins, the other reads theirs
            Files.createLink(file, partial);
            LOG.info(() -> "made the login-key secret " + file);
        } catch (FileAlreadyExistsException other) {
            LOG.fine(() -> file + " was made meanwhile");
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
