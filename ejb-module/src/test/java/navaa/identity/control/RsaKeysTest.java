package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RsaKeysTest {

    private static KeyPair pair;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() {
        pair = RsaKeys.generate();
    }

    @Test
    void generatesRsa2048() {
        assertEquals(2048, ((RSAPublicKey) pair.getPublic()).getModulus().bitLength());
    }

    @Test
    void pemRoundTrip() throws Exception {
        Path privateFile = write("private.pem", RsaKeys.toPem(pair.getPrivate()));
        Path publicFile = write("public.pem", RsaKeys.toPem(pair.getPublic()));

        RSAPrivateKey readPrivate = RsaKeys.readPrivate(privateFile);
        RSAPublicKey readPublic = RsaKeys.readPublic(publicFile);

        assertEquals(pair.getPrivate(), readPrivate);
        assertEquals(pair.getPublic(), readPublic);
    }

    @Test
    void pemHasSixtyFourCharacterLines() {
        String pem = RsaKeys.toPem(pair.getPrivate());
        String[] lines = pem.split("\n");
        assertEquals("-----BEGIN PRIVATE KEY-----", lines[0]);
        assertEquals("-----END PRIVATE KEY-----", lines[lines.length - 1]);
        for (int i = 1; i < lines.length - 2; i++) {
            assertEquals(64, lines[i].length(), "line " + i);
        }
        assertTrue(lines[lines.length - 2].length() <= 64);
        assertTrue(RsaKeys.toPem(pair.getPublic()).startsWith("-----BEGIN PUBLIC KEY-----\n"));
    }

    @Test
    void readsPemWithCrLfAndSurroundingText() throws Exception {
        String pem = "Bag Attributes: whatever\r\n" + RsaKeys.toPem(pair.getPublic()).replace("\n", "\r\n");
        assertEquals(pair.getPublic(), RsaKeys.readPublic(write("public.pem", pem)));
    }

    @Test
    void missingFileNamesTheFile() {
        Path missing = dir.resolve("nope.pem");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RsaKeys.readPrivate(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void wrongBlockTypeIsRejected() throws Exception {
        Path publicFile = write("public.pem", RsaKeys.toPem(pair.getPublic()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RsaKeys.readPrivate(publicFile));
        assertTrue(e.getMessage().contains(publicFile.toString()), e.getMessage());
    }

    @Test
    void pkcs1KeyGetsAConversionHint() throws Exception {
        Path file = write("rsa.pem", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RsaKeys.readPrivate(file));
        assertTrue(e.getMessage().contains("pkcs8"), e.getMessage());
    }

    @Test
    void badBase64AndBadDerAreRejected() throws Exception {
        Path badBase64 = write("a.pem", "-----BEGIN PUBLIC KEY-----\n@@@@\n-----END PUBLIC KEY-----\n");
        Path badDer = write("b.pem", "-----BEGIN PUBLIC KEY-----\nAAAAAAAA\n-----END PUBLIC KEY-----\n");
        assertThrows(IllegalStateException.class, () -> RsaKeys.readPublic(badBase64));
        assertThrows(IllegalStateException.class, () -> RsaKeys.readPublic(badDer));
    }

    @Test
    void nonRsaKeyIsRejected() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        KeyPair ecPair = ec.generateKeyPair();
        Path privateFile = write("ec.pem", RsaKeys.toPem(ecPair.getPrivate()));
        Path publicFile = write("ec.pub.pem", RsaKeys.toPem(ecPair.getPublic()));
        assertThrows(IllegalStateException.class, () -> RsaKeys.readPrivate(privateFile));
        assertThrows(IllegalStateException.class, () -> RsaKeys.readPublic(publicFile));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }
}
