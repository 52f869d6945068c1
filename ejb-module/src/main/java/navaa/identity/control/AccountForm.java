package navaa.identity.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import navaa.platform.control.FieldError;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Doc 004's user fields, read from a JSON body and checked before anything is stored.
 * For a create the username and password are required; for an update every field is
 * optional, an absent field stays as it is and {@code null} clears a limit.
 */
public final class AccountForm {

    static final int MIN_PASSWORD = 6;
    /** Doc 004's login asks 8 or more characters; an admin's create asks 6 (its own rule). */
    static final int MIN_SELF_REGISTERED_PASSWORD = 8;
    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._@-]{3,50}");

    private final Map<String, FieldError> errors = new LinkedHashMap<>();
    private final List<Consumer<Account>> changes = new ArrayList<>();
    private String username;
    private String password;
    private boolean deactivates;
    private EnumSet<Role> roles = EnumSet.of(Role.USER);

    private AccountForm() {
    }

    public static AccountForm forCreate(JsonObject body) {
        AccountForm form = read(body);
        if (form.username == null && !form.errors.containsKey("username")) {
            form.errors.put("username", FieldError.of("field.required"));
        }
        if (form.password == null && !form.errors.containsKey("password")) {
            form.errors.put("password", FieldError.of("field.required"));
        }
        return form;
    }

    /** What is wrong with a login's username and password for registering them (doc 004's login rules). */
    public static Map<String, FieldError> registrationErrors(String username, String password) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        if (!USERNAME.matcher(username).matches()) {
            errors.put("username", FieldError.of("field.username"));
        }
        if (password.length() < MIN_SELF_REGISTERED_PASSWORD || password.length() > 1024) {
            errors.put("password", FieldError.of("field.password", MIN_SELF_REGISTERED_PASSWORD));
        }
        return errors;
    }

    public static AccountForm forUpdate(JsonObject body) {
        return read(body);
    }

    /** No body at all (a request without one) is a form with no fields. */
    private static AccountForm read(JsonObject sent) {
        JsonObject body = sent == null ? JsonValue.EMPTY_JSON_OBJECT : sent;
        AccountForm form = new AccountForm();
        form.username = form.text(body, "username", 50, USERNAME, "field.username");
        form.password = form.password(body);
        form.role(body);
        form.optionalText(body, "firstName", 100, Account::setFirstName);
        form.optionalText(body, "lastName", 100, Account::setLastName);
        form.optionalText(body, "mobile", 20, Account::setMobile);
        form.optionalText(body, "email", 254, Account::setEmail);
        form.flag(body);
        form.limit(body, "maxChats", Account::setMaxChats);
        form.limit(body, "maxMessagesPerChat", Account::setMaxMessagesPerChat);
        form.expiry(body);
        return form;
    }

    /** What is wrong, by field; empty when the form is valid. */
    public Map<String, FieldError> errors() {
        return Map.copyOf(errors);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public EnumSet<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean deactivates() {
        return deactivates;
    }

    public boolean changesRole() {
        return changes.stream().anyMatch(RoleChange.class::isInstance);
    }

    /** Applies every field present except username and password, which need the facade. */
    public void applyTo(Account account) {
        changes.forEach(change -> change.accept(account));
    }

    private String text(JsonObject body, String field, int max, Pattern pattern, String key) {
        JsonValue value = body.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s) || s.getString().isBlank() || s.getString().length() > max
                || (pattern != null && !pattern.matcher(s.getString()).matches())) {
            errors.put(field, FieldError.of(key));
            return null;
        }
        return s.getString();
    }

    private String password(JsonObject body) {
        JsonValue value = body.get("password");
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s) || s.getString().length() < MIN_PASSWORD || s.getString().length() > 1024) {
            errors.put("password", FieldError.of("field.password", MIN_PASSWORD));
            return null;
        }
        return s.getString();
    }

    private void role(JsonObject body) {
        if (!body.containsKey("role") || body.isNull("role")) {
            return;
        }
        JsonValue value = body.get("role");
        Role role = value instanceof JsonString s ? Role.parse(s.getString()).orElse(null) : null;
        if (role == null) {
            errors.put("role", FieldError.of("field.role"));
            return;
        }
        roles = EnumSet.of(role);
        changes.add(new RoleChange(role));
    }

    private void optionalText(JsonObject body, String field, int max, java.util.function.BiConsumer<Account, String> setter) {
        if (!body.containsKey(field)) {
            return;
        }
        if (body.isNull(field)) {
            changes.add(a -> setter.accept(a, null));
            return;
        }
        String value = body.get(field) instanceof JsonString s ? s.getString() : null;
        if (value == null || value.length() > max || ("email".equals(field) && !value.isEmpty() && !value.contains("@"))) {
            errors.put(field, "email".equals(field) && value != null && value.length() <= max
                    ? FieldError.of("field.email") : FieldError.of("field.tooLong", max));
            return;
        }
        String stored = value.isBlank() ? null : value.strip();
        changes.add(a -> setter.accept(a, stored));
    }

    private void flag(JsonObject body) {
        if (!body.containsKey("isActive")) {
            return;
        }
        JsonValue value = body.get("isActive");
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            errors.put("isActive", FieldError.of("field.boolean"));
            return;
        }
        boolean active = value == JsonValue.TRUE;
        deactivates = !active;
        changes.add(a -> a.setActive(active));
    }

    private void limit(JsonObject body, String field, java.util.function.BiConsumer<Account, Integer> setter) {
        if (!body.containsKey(field)) {
            return;
        }
        if (body.isNull(field)) {
            changes.add(a -> setter.accept(a, null));
            return;
        }
        if (!(body.get(field) instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 0 || n.longValue() > Integer.MAX_VALUE) {
            errors.put(field, FieldError.of("field.number"));
            return;
        }
        int limit = n.intValue();
        changes.add(a -> setter.accept(a, limit));
    }

    private void expiry(JsonObject body) {
        if (!body.containsKey("expiryDate")) {
            return;
        }
        if (body.isNull("expiryDate")) {
            changes.add(a -> a.setExpiryDate(null));
            return;
        }
        try {
            String text = body.get("expiryDate") instanceof JsonString s ? s.getString() : "";
            LocalDate date = LocalDate.parse(text);
            changes.add(a -> a.setExpiryDate(date));
        } catch (DateTimeParseException e) {
            errors.put("expiryDate", FieldError.of("field.date"));
        }
    }

    private record RoleChange(Role role) implements Consumer<Account> {
        @Override
        public void accept(Account account) {
            account.setRoles(EnumSet.of(role));
        }
    }
}
