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
            "GET /health", "GET /health/ready", "GET /health/live", "GET /health/started");

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
        operations.sort(Comparator.comparing((Operation o) -> o.method().equals("DELETE")).thenComparing(Operation::key));
        return operations;
    }
}
