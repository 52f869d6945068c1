package navaa.identity.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import navaa.identity.entity.Account;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** An account in each document's words: doc 004's user, doc 000's login user, doc 003's token user. */
public final class AccountJson {

    private AccountJson() {
    }

    /** Doc 004, GET /api/auth/me. */
    static JsonObjectBuilder profile(Account a) {
        return Json.createObjectBuilder()
                .add("username", a.getUsername())
                .add("firstName", nullable(a.getFirstName()))
                .add("lastName", nullable(a.getLastName()))
                .add("mobile", nullable(a.getMobile()))
                .add("email", nullable(a.getEmail()))
                .add("role", a.primaryRole().value())
                .add("isActive", a.isActive())
                .add("stats", Json.createObjectBuilder()
                        .add("totalChats", a.getTotalChats())
                        .add("totalMessages", a.getTotalMessages())
                        .add("lastLoginAt", nullable(a.getLastLoginAt())));
    }

    /** Doc 004, GET /api/admin/users: the profile with the limits. */
    static JsonObject withLimits(Account a) {
        JsonObjectBuilder user = profile(a);
        user.add("maxChats", a.getMaxChats() == null ? jakarta.json.JsonValue.NULL : Json.createValue(a.getMaxChats()));
        user.add("maxMessagesPerChat", a.getMaxMessagesPerChat() == null ? jakarta.json.JsonValue.NULL : Json.createValue(a.getMaxMessagesPerChat()));
        user.add("expiryDate", a.getExpiryDate() == null ? jakarta.json.JsonValue.NULL : Json.createValue(a.getExpiryDate().toString()));
        return user.build();
    }

    /** Doc 000, POST /accounts/login/. */
    static JsonObject djangoUser(Account a) {
        return Json.createObjectBuilder()
                .add("id", a.getId())
                .add("username", a.getUsername())
                .add("email", a.getEmail() == null ? "" : a.getEmail())
                .build();
    }

    /** Doc 003's user object of the token answers. */
    public static JsonObject clinicUser(Account a) {
        return Json.createObjectBuilder()
                .add("id", a.getUuid())
                .add("username", a.getUsername())
                .add("phone_number", nullable(a.getMobile()))
                .add("first_name", a.getFirstName() == null ? "" : a.getFirstName())
                .add("last_name", a.getLastName() == null ? "" : a.getLastName())
                .add("email", a.getEmail() == null ? "" : a.getEmail())
                .add("role", a.primaryRole().value())
                .add("created_at", timestamp(a.getCreatedAt()))
                .build();
    }

    /** ISO-8601 in UTC with milliseconds, as doc 004's examples ("2025-08-14T10:30:00.000Z"). */
    static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)).replaceFirst("(:\\d\\d)Z$", "$1.000Z");
    }

    private static jakarta.json.JsonValue nullable(String value) {
        return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(value);
    }

    private static jakarta.json.JsonValue nullable(Instant value) {
        return value == null ? jakarta.json.JsonValue.NULL : Json.createValue(timestamp(value));
    }
}
