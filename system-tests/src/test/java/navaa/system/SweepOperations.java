package navaa.system;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Every operation the OpenAPI document lists, with what the sweep fills in. */
final class SweepOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /**
     * The operations that may answer 2xx to a caller with no credentials (the ones marked
     * {@code @Public} that answer without a caller): logins, logouts, tokens, health.
     */
    static final Set<String> PUBLIC = Set.of("POST /accounts/login", "POST /api/auth/login", "POST /api/auth/logout",
            "POST /api/auth/token", "POST /api/v1/auth/token", "POST /api/v1/auth/refresh", "POST /api/v1/auth/logout",
            "POST /api/v1/auth/login/otp", "POST /api/v1/auth/verify/otp",
            "GET /health", "GET /health/ready", "GET /health/live", "GET /health/started",
            "GET /api/schema/", "GET /api/docs/{file}", "GET /api/docs/");

    /** Served but hidden from the document (its own address, the documentation pages): swept as well. */
    private static final List<Operation> HIDDEN = List.of(
            new Operation("GET", "/api/schema/", List.of(), List.of("format"), false),
            new Operation("GET", "/api/docs/", List.of(), List.of(), false),
            new Operation("GET", "/api/docs/{file}", List.of("file"), List.of(), false));

    private static final List<String> OWNED_PREFIXES = List.of("/api/diarization/voice-databases/{id}", "/api/chats/{chatId}",
            "/api/admin/users/{username}");
    private static final Set<String> OWNED_PARAMETERS = Set.of("id", "chatId", "username");

    private SweepOperations() {
    }

    record Operation(String method, String template, List<String> pathParameters, List<String> queryParameters, boolean range) {

        boolean takesBody() {
            return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        }

        boolean isPublic() {
            return PUBLIC.contains(key());
        }

        boolean adminOnly() {
            return template.startsWith("/api/admin/");
        }

        String key() {
            return method + " " + template;
        }

        /**
         * Whether every path parameter names something a caller owns ({@link SweepCallers}):
         * only there are the caller's own ids sent, never as another kind's id, where one
         * could be a real job or key of another test.
         */
        boolean onOwnedThings() {
            return !pathParameters.isEmpty() && OWNED_PREFIXES.stream().anyMatch(template::startsWith)
                    && pathParameters.stream().allMatch(OWNED_PARAMETERS::contains);
        }
    }

    /** The operations of {@code /openapi}, deletes last so the owned things they remove serve the others first. */
    static List<Operation> of(JsonObject openApi) {
        List<Operation> operations = new ArrayList<>();
        openApi.getJsonObject("paths").forEach((template, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            List<String> path = new ArrayList<>();
            List<String> query = new ArrayList<>();
            boolean range = false;
            for (JsonValue parameter : operation.asJsonObject().getJsonArray("parameters") == null
                    ? List.<JsonValue>of() : operation.asJsonObject().getJsonArray("parameters")) {
                JsonObject p = parameter.asJsonObject();
                switch (p.getString("in", "")) {
                    case "path" -> path.add(p.getString("name"));
                    case "query" -> query.add(p.getString("name"));
                    case "header" -> range |= p.getString("name").equalsIgnoreCase("Range");
                    default -> { }
                }
            }
            operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, path, query, range));
        }));
        operations.addAll(HIDDEN);
        operations.sort(Comparator.comparing((Operation o) -> o.method().equals("DELETE")).thenComparing(Operation::key));
        return operations;
    }
}
