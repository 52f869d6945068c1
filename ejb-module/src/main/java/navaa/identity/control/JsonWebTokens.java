package navaa.identity.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * RS256 JWS compact tokens. Deliberately supports one algorithm only: accepting whatever the
 * header names is how "alg: none" and HS256-with-the-public-key forgeries get through.
 */
public final class JsonWebTokens {

    private static final String ALGORITHM = "RS256";

    /*
     * Client machines' clocks drift; 30 s is the leeway most JWT libraries allow, and small
     * enough that a stolen expired token stays useless.
     */
    private static final BigDecimal CLOCK_SKEW_SECONDS = BigDecimal.valueOf(30);

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private JsonWebTokens() {
    }

    public static String sign(JsonObject claims, RSAPrivateKey key, String keyId) {
        JsonObjectBuilder header = Json.createObjectBuilder().add("alg", ALGORITHM).add("typ", "JWT");
        if (keyId != null) {
            header.add("kid", keyId);
        }
        String signingInput = encode(header.build()) + "." + encode(claims);
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign token with the configured RSA key", e);
        }
    }

    public static JsonObject verify(String token, RSAPublicKey key, String expectedIssuer, Instant now)
            throws InvalidTokenException {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expectedIssuer, "expectedIssuer");
        Objects.requireNonNull(now, "now");
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a compact JWS");
        }
        JsonObject header = decodeObject(parts[0], "header");
        JsonValue alg = header.get("alg");
        if (!(alg instanceof JsonString name) || !ALGORITHM.equals(name.getString())) {
            throw new InvalidTokenException("algorithm is not " + ALGORITHM);
        }
        if (header.containsKey("crit")) {
            throw new InvalidTokenException("unsupported critical header"); // RFC 7515 4.1.11 demands rejection
        }
        if (!signatureValid(parts[0] + "." + parts[1], decode(parts[2], "signature"), key)) {
            throw new InvalidTokenException("bad signature");
        }
        JsonObject claims = decodeObject(parts[1], "payload");
        checkTimes(claims, now);
        JsonValue iss = claims.get("iss");
        if (!(iss instanceof JsonString issuer) || !expectedIssuer.equals(issuer.getString())) {
            throw new InvalidTokenException("wrong issuer");
        }
        return claims;
    }

    private static void checkTimes(JsonObject claims, Instant now) throws InvalidTokenException {
        BigDecimal nowSeconds = BigDecimal.valueOf(now.getEpochSecond()).add(BigDecimal.valueOf(now.getNano(), 9));
        BigDecimal exp = numericDate(claims, "exp");
        if (exp == null) {
            throw new InvalidTokenException("no expiry");
        }
        if (exp.add(CLOCK_SKEW_SECONDS).compareTo(nowSeconds) <= 0) {
            throw new InvalidTokenException("expired");
        }
        BigDecimal nbf = numericDate(claims, "nbf");
        if (nbf != null && nbf.subtract(CLOCK_SKEW_SECONDS).compareTo(nowSeconds) > 0) {
            throw new InvalidTokenException("not yet valid");
        }
    }

    /** NumericDate may be fractional (RFC 7519 2), hence BigDecimal rather than long. */
    private static BigDecimal numericDate(JsonObject claims, String name) throws InvalidTokenException {
        JsonValue value = claims.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidTokenException(name + " is not a number");
        }
        return number.bigDecimalValue();
    }

    private static boolean signatureValid(String signingInput, byte[] signature, RSAPublicKey key) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) { // e.g. wrong signature length: a forgery, not a server fault
            return false;
        }
    }

    private static JsonObject decodeObject(String part, String what) throws InvalidTokenException {
        String json = new String(decode(part, what), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidTokenException(what + " is not a JSON object");
        }
    }

    private static byte[] decode(String part, String what) throws InvalidTokenException {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(what + " is not base64url");
        }
    }

    private static String encode(JsonObject object) {
        return ENCODER.encodeToString(object.toString().getBytes(StandardCharsets.UTF_8));
    }
}
