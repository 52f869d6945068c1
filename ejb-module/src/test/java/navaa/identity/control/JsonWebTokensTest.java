package navaa.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonWebTokensTest {

    private static final String ISSUER = "https://navaa.example/auth";
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private static RSAPrivateKey privateKey;
    private static RSAPublicKey publicKey;

    @BeforeAll
    static void generateKeys() {
        KeyPair pair = RsaKeys.generate();
        privateKey = (RSAPrivateKey) pair.getPrivate();
        publicKey = (RSAPublicKey) pair.getPublic();
    }

    @Test
    void roundTrip() throws InvalidTokenException {
        String token = JsonWebTokens.sign(claims(NOW.plusSeconds(300)), privateKey, "key-1");

        JsonObject verified = JsonWebTokens.verify(token, publicKey, ISSUER, NOW);

        assertEquals("alice", verified.getString("sub"));
        JsonObject header = parse(token.split("\\.")[0]);
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertEquals("key-1", header.getString("kid"));
    }

    @Test
    void omitsKidWhenNull() {
        String token = JsonWebTokens.sign(claims(NOW.plusSeconds(300)), privateKey, null);
        assertFalse(parse(token.split("\\.")[0]).containsKey("kid"));
    }

    @Test
    void rejectsTamperedPayload() {
        String[] parts = JsonWebTokens.sign(claims(NOW.plusSeconds(300)), privateKey, null).split("\\.");
        // A middle character: every one of its six bits is significant, unlike the last one's.
        int middle = parts[1].length() / 2;
        char replacement = parts[1].charAt(middle) == 'A' ? 'B' : 'A';
        String payload = parts[1].substring(0, middle) + replacement + parts[1].substring(middle + 1);
        assertRejected(parts[0] + "." + payload + "." + parts[2], "signature");
    }

    @Test
    void rejectsAlgNone() {
        assertRejected(segment("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + segment(claims(NOW.plusSeconds(300))) + ".", "algorithm");
    }

    @Test
    void rejectsHs256SignedWithThePublicKey() throws Exception {
        String signingInput = segment("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + segment(claims(NOW.plusSeconds(300)));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RsaKeys.toPem(publicKey).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String signature = B64URL.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        assertRejected(signingInput + "." + signature, "algorithm");
    }

    @Test
    void expiryAllowsThirtySecondsOfClockSkewAndNoMore() throws InvalidTokenException {
        JsonWebTokens.verify(JsonWebTokens.sign(claims(NOW.minusSeconds(10)), privateKey, null), publicKey, ISSUER, NOW);
        assertRejected(JsonWebTokens.sign(claims(NOW.minusSeconds(31)), privateKey, null), "expired");
    }

    @Test
    void rejectsMissingExpiry() {
        JsonObject noExp = Json.createObjectBuilder().add("iss", ISSUER).add("sub", "alice").build();
        assertRejected(JsonWebTokens.sign(noExp, privateKey, null), "expiry");
    }

    @Test
    void rejectsNotYetValid() throws InvalidTokenException {
        JsonObject early = Json.createObjectBuilder(claims(NOW.plusSeconds(300))).add("nbf", NOW.getEpochSecond() + 60).build();
        assertRejected(JsonWebTokens.sign(early, privateKey, null), "not yet valid");
        JsonObject skewed = Json.createObjectBuilder(claims(NOW.plusSeconds(300))).add("nbf", NOW.getEpochSecond() + 10).build();
        JsonWebTokens.verify(JsonWebTokens.sign(skewed, privateKey, null), publicKey, ISSUER, NOW);
    }

    @Test
    void rejectsWrongIssuer() {
        String token = JsonWebTokens.sign(claims(NOW.plusSeconds(300)), privateKey, null);
        InvalidTokenException e = assertThrows(InvalidTokenException.class,
                () -> JsonWebTokens.verify(token, publicKey, "https://evil.example", NOW));
        assertTrue(e.getMessage().contains("issuer"), e.getMessage());
    }

    @Test
    void rejectsTokenSignedByAnotherKey() {
        RSAPrivateKey otherKey = (RSAPrivateKey) RsaKeys.generate().getPrivate();
        assertRejected(JsonWebTokens.sign(claims(NOW.plusSeconds(300)), otherKey, null), "signature");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b", "a.b.c.d", "!!!.###.$$$", "e30.e30.", "bm90IGpzb24.e30.AAAA"})
    void rejectsGarbage(String token) {
        assertRejected(token, "");
    }

    @Test
    void rejectsNull() {
        assertRejected(null, "");
    }

    /** The reason is checked so each test proves its own rule fired, not some earlier one. */
    private static void assertRejected(String token, String reason) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class,
                () -> JsonWebTokens.verify(token, publicKey, ISSUER, NOW));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    private static JsonObject claims(Instant expiry) {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", "alice")
                .add("iat", NOW.getEpochSecond() - 60)
                .add("exp", expiry.getEpochSecond())
                .build();
    }

    private static String segment(Object json) {
        return B64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject parse(String segment) {
        String json = new String(Base64.getUrlDecoder().decode(segment), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }
}
