package navaa.identity.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.identity.control.InvalidTokenException;
import navaa.identity.control.JsonWebTokens;
import navaa.identity.entity.Account;
import navaa.identity.entity.RefreshToken;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * RS256 access and refresh tokens. Access tokens are verified on each request by
 * MicroProfile JWT; refresh tokens come back in request bodies, so they are verified
 * here and checked against their server-side record, which logout revokes.
 */
@Stateless
public class Tokens {

    private static final Logger LOG = Logger.getLogger(Tokens.class.getName());
    static final String USE = "token_use";
    /** The account's credentials version when the token was issued (see {@link Account#getCredentialsVersion}). */
    static final String CREDENTIALS_VERSION = "cver";

    public record Pair(String access, String refresh, long accessSeconds, long refreshSeconds) {
    }

    /** What a valid access token says: whose it is, and the credentials version it was issued under. */
    public record Access(String subject, long credentialsVersion) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    JwtKeys keys;

    @Inject
    @ConfigProperty(name = "navaa.jwt.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "navaa.jwt.access-seconds")
    long accessSeconds;

    @Inject
    @ConfigProperty(name = "navaa.jwt.refresh-seconds")
    long refreshSeconds;

    public Pair issue(Account account) {
        Instant now = Instant.now();
        String jti = UUID.randomUUID().toString();
        em.persist(new RefreshToken(jti, em.getReference(Account.class, account.getId()), now, now.plusSeconds(refreshSeconds)));
        return new Pair(access(account, now), sign(claims(account, now, refreshSeconds, "refresh", jti)), accessSeconds, refreshSeconds);
    }

    /** A new access token for a valid, unrevoked refresh token; the refresh token stays usable. */
    public String refresh(String refreshToken) {
        RefreshToken record = usableRecord(refreshToken);
        Accounts.requireAllowed(record.getAccount());
        return access(record.getAccount(), Instant.now());
    }

    /** Blacklists a refresh token: refreshing with it is refused from now on. */
    public void revoke(String refreshToken) {
        usableRecord(refreshToken).revoke(Instant.now());
    }

    /**
     * The subject (account UUID) and credentials version of a bearer token, if it is an
     * access token of ours that has not expired. The authentication filter asks this before
     * handing the token to MicroProfile JWT, whose refusal would commit a bare 401 instead of
     * the family's error body; the check is no looser than MicroProfile JWT's (no clock skew
     * allowed). Tokens from before credentials versions existed carry none: version 0.
     */
    public Optional<Access> access(String token) {
        if (keys.problem().isPresent()) {
            return Optional.empty();
        }
        try {
            JsonObject claims = JsonWebTokens.verify(token, keys.publicKey(), issuer, Instant.now().plusSeconds(30));
            if (!"access".equals(claims.getString(USE, ""))) {
                return Optional.empty();
            }
            return Optional.of(new Access(claims.getString("sub"), claims.getJsonNumber(CREDENTIALS_VERSION) == null
                    ? 0 : claims.getJsonNumber(CREDENTIALS_VERSION).longValueExact()));
        } catch (InvalidTokenException | ClassCastException | NullPointerException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Ends every refresh token of an account (its password changed); the number ended.
     * Access tokens end through the credentials version they carry.
     */
    public int revokeAll(long accountId) {
        return em.createNamedQuery(RefreshToken.REVOKE_ALL_OF).setParameter("account", accountId)
                .setParameter("now", Instant.now()).executeUpdate();
    }

    public long accessSeconds() {
        return accessSeconds;
    }

    @Schedule(hour = "3", minute = "41", persistent = false)
    void purgeExpired() {
        int removed = em.createNamedQuery(RefreshToken.EXPIRED).setParameter("now", Instant.now()).executeUpdate();
        LOG.fine(() -> removed + " expired refresh tokens removed");
    }

    private RefreshToken usableRecord(String refreshToken) {
        requireKeys();
        try {
            JsonObject claims = JsonWebTokens.verify(refreshToken == null ? "" : refreshToken, keys.publicKey(), issuer, Instant.now());
            if (!"refresh".equals(claims.getString(USE, ""))) {
                throw new InvalidTokenException("not a refresh token");
            }
            return em.createNamedQuery(RefreshToken.BY_JTI, RefreshToken.class)
                    .setParameter("jti", claims.getString("jti", ""))
                    .getResultStream().findFirst()
                    .filter(t -> t.usable(Instant.now()))
                    .orElseThrow(() -> new InvalidTokenException("revoked or unknown"));
        } catch (InvalidTokenException e) {
            LOG.fine(() -> "refresh token refused: " + e.getMessage());
            throw new NavaaException(ErrorCode.TOKEN_INVALID);
        }
    }

    private String access(Account account, Instant now) {
        return sign(claims(account, now, accessSeconds, "access", UUID.randomUUID().toString()));
    }

    private JsonObject claims(Account account, Instant now, long lifetime, String use, String jti) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        account.getRoles().forEach(role -> groups.add(role.value()));
        return Json.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", account.getUuid())
                .add("upn", account.getUsername())
                .add("groups", groups)
                .add("iat", now.getEpochSecond())
                .add("exp", now.getEpochSecond() + lifetime)
                .add("jti", jti)
                .add(USE, use)
                .add(CREDENTIALS_VERSION, account.getCredentialsVersion())
                .build();
    }

    private String sign(JsonObject claims) {
        requireKeys();
        return JsonWebTokens.sign(claims, keys.privateKey(), null);
    }

    private void requireKeys() {
        if (keys.problem().isPresent()) {
            throw new NavaaException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }
}
