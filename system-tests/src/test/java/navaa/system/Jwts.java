package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Hand-made JWTs for the refusal tests: signed with the test domain's real key (read from
 * the data folder server-config filled), with a stranger's key, or not at all.
 */
public final class Jwts {

    public static final String ISSUER = "navaa";

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** The domain's own signing key, as {@code ${navaa.it.dataDir}/keys/jwt-private.pem}. */
    public static PrivateKey realKey() {
        String dataDir = System.getProperty("navaa.it.dataDir", "target/it-data");
        Path pem = Path.of(dataDir, "keys", "jwt-private.pem");
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            String body = text.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the test domain's JWT key " + pem, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PKCS#8 RSA key: " + pem, e);
        }
    }

    /** A key the server has never seen. */
    public static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Claims as the server's own access tokens carry them, valid from {@code issuedAt} for {@code lifetimeSeconds}. */
    public static JsonObject accessClaims(String subjectUuid, String username, String group, Instant issuedAt, long lifetimeSeconds) {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", subjectUuid)
                .add("upn", username)
                .add("groups", Json.createArrayBuilder().add(group))
                .add("iat", issuedAt.getEpochSecond())
                .add("exp", issuedAt.getEpochSecond() + lifetimeSeconds)
                .add("jti", UUID.randomUUID().toString())
                .add("token_use", "access")
                .build();
    }

    public static String rs256(JsonObject claims, PrivateKey key) {
        String input = encode(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build()) + "." + encode(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + B64.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unsecured JWS of RFC 7515 appendix A.5: {@code alg: none} and an empty signature. */
    public static String unsigned(JsonObject claims) {
        return encode(Json.createObjectBuilder().add("alg", "none").add("typ", "JWT").build()) + "." + encode(claims) + ".";
    }

    public static JsonObject payload(String token) {
        String[] parts = token.split("\\.");
        try (var reader = Json.createReader(new StringReader(new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

    /** The token with its payload replaced and its original signature kept. */
    public static String withPayload(String token, JsonObject claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private static String encode(JsonObject json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
