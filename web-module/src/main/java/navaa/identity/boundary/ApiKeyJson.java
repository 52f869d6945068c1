package navaa.identity.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.identity.entity.ApiKey;

/** An API key as the admin API and its owner see it: everything but the key itself. */
final class ApiKeyJson {

    private ApiKeyJson() {
    }

    static JsonObjectBuilder describe(ApiKey key) {
        return Json.createObjectBuilder()
                .add("id", key.getId())
                .add("name", key.getName())
                .add("prefix", key.getPrefix())
                .add("username", key.getAccount().getUsername())
                .add("createdAt", AccountJson.timestamp(key.getCreatedAt()))
                .add("lastUsedAt", key.getLastUsedAt() == null ? JsonValue.NULL : Json.createValue(AccountJson.timestamp(key.getLastUsedAt())))
                .add("revokedAt", key.getRevokedAt() == null ? JsonValue.NULL : Json.createValue(AccountJson.timestamp(key.getRevokedAt())));
    }
}
