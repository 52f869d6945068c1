package navaa.identity.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA keys as PEM files, in the two formats openssl and the JDK agree on without extra parsing
 * (PKCS#8 private, X.509 SubjectPublicKeyInfo public). Failures become {@link IllegalStateException}
 * naming the file, because a bad key file is an installation problem, not something callers recover from.
 */
public final class RsaKeys {

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";
    private static final int KEY_BITS = 2048;
    private static final Base64.Encoder PEM_ENCODER =
            Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private RsaKeys() {
    }

    public static RSAPrivateKey readPrivate(Path file) {
        byte[] der = readPem(file, PRIVATE_LABEL);
        try {
            return (RSAPrivateKey) rsaFactory().generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Key file " + file + " does not hold an RSA PKCS#8 private key", e);
        }
    }

    public static RSAPublicKey readPublic(Path file) {
        byte[] der = readPem(file, PUBLIC_LABEL);
        try {
            return (RSAPublicKey) rsaFactory().generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("Key file " + file + " does not hold an RSA X.509 public key", e);
        }
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS, new SecureRandom());
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM offers no RSA key generator", e);
        }
    }

    public static String toPem(PrivateKey key) {
        if (!"PKCS#8".equals(key.getFormat())) {
            throw new IllegalArgumentException("Private key is not PKCS#8 encodable: " + key.getFormat());
        }
        return pem(PRIVATE_LABEL, key.getEncoded());
    }

    public static String toPem(PublicKey key) {
        if (!"X.509".equals(key.getFormat())) {
            throw new IllegalArgumentException("Public key is not X.509 encodable: " + key.getFormat());
        }
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + PEM_ENCODER.encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] readPem(Path file, String label) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read key file " + file, e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int start = text.indexOf(begin);
        int stop = start < 0 ? -1 : text.indexOf(end, start);
        if (start < 0 || stop < 0) {
            // The usual mistake is an "openssl genrsa" key; say how to fix it rather than just "bad file".
            String hint = text.contains("-----BEGIN RSA " + label + "-----")
                    ? " (it is PKCS#1; convert with: openssl pkcs8 -topk8 -nocrypt)" : "";
            throw new IllegalStateException("Key file " + file + " has no '" + begin + "' block" + hint);
        }
        String body = text.substring(start + begin.length(), stop).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Key file " + file + " holds invalid base64 in its PEM block", e);
        }
    }

    private static KeyFactory rsaFactory() throws NoSuchAlgorithmException {
        return KeyFactory.getInstance("RSA");
    }
}
