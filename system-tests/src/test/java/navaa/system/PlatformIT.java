package navaa.system;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-cutting behaviour of the deployed EAR: request ids, docs, health, error shapes, languages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    @Test
    void everyResponseCarriesARequestIdAndEchoesTheClients() {
        Http http = new Http();
        Http.Reply generated = http.get("/api/auth/me");
        assertNotNull(generated.header("X-Request-Id"));
        assertTrue(generated.header("X-Request-Id").startsWith("req_"));

        Http.Reply echoed = http.get("/api/auth/me", "X-Request-Id", "crm-42.abc");
        assertEquals("crm-42.abc", echoed.header("X-Request-Id"));

        Http.Reply hostile = http.get("/api/auth/me", "X-Request-Id", "bad id <with> spaces");
        assertTrue(hostile.header("X-Request-Id").startsWith("req_"), "an unsafe id is replaced, not echoed");

        assertNotNull(http.get("/no/such/path").header("X-Request-Id"));
        assertNotNull(http.get("/api/docs/").header("X-Request-Id"));
    }

    @Test
    void healthReportsDatabaseMessagingKeysFfmpegAndModelsToAdmins() {
        Http.Reply health = Accounts.admin().get("/health/ready");
        assertEquals(200, health.status(), health::toString);
        JsonObject body = health.json();
        assertEquals("UP", body.getString("status"));
        String checks = body.getJsonArray("checks").toString();
        assertTrue(checks.contains("navaa-database") && checks.contains("MySQL"), "MariaDB behind the pool: " + checks);
        assertTrue(checks.contains("navaa-messaging"), checks);
        assertTrue(checks.contains("navaa-jwt-keys"), checks);
        // FFmpeg's native code sits in the domain's lib folder; every test class redeploys
        // the EAR, so this also proves a redeployed application still loads it
        assertTrue(checks.matches(".*navaa-ffmpeg.*\\(avcodec \\d+.*"), checks);
        assertTrue(checks.contains("{\"name\":\"navaa-models\",\"status\":\"UP\""), "weight files verified: " + checks);
    }

    /** Docs 000 and 001's route table, 34 operations (AudioRoutes): every path stays documented, with its summary. */
    @Test
    void openApiListsEveryAudioPathOfBothDocumentsWithItsSummary() {
        JsonObject paths = new Http().get("/api/schema/", "Accept", "application/json").json().getJsonObject("paths");
        List<String> routes = new java.util.ArrayList<>();
        for (String service : List.of("denoise", "audio-boost", "vocal-separation", "speaker-extraction")) {
            routes.addAll(List.of("post /api/" + service + "/upload/", "get /api/" + service + "/files/",
                    "get /api/" + service + "/files/{id}/", "get /api/" + service + "/download/{id}/",
                    "delete /api/" + service + "/files/{id}/"));
        }
        routes.addAll(List.of("get /api/denoise/files/{id}/status/", "delete /api/denoise/files/{id}/delete/",
                "post /api/boost/upload/", "post /api/vocal/separate/", "post /api/speaker/extract/"));
        for (String service : List.of("boost", "vocal", "speaker")) {
            routes.addAll(List.of("get /api/" + service + "/files/", "get /api/" + service + "/files/{id}/status/",
                    "delete /api/" + service + "/files/{id}/delete/"));
        }
        assertEquals(34, routes.size());
        for (String route : routes) {
            String[] parts = route.split(" ");
            // the document names paths without their trailing slash, as every path of it
            JsonObject item = paths.getJsonObject(parts[1].substring(0, parts[1].length() - 1));
            assertNotNull(item, parts[1] + " missing from /openapi");
            JsonObject operation = item.getJsonObject(parts[0]);
            assertNotNull(operation, route + " missing from /openapi");
            assertTrue(!operation.getString("summary", "").isBlank(), route + " has no summary");
        }
    }

    @Test
    void openApiListsTheAuthEndpointsAtBothAddresses() {
        Http http = new Http();
        String yaml = http.get("/openapi").body();
        for (String path : new String[]{"/accounts/login", "/api/auth/login", "/api/auth/me", "/api/auth/token",
                "/api/v1/auth/token", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/admin/users"}) {
            assertTrue(yaml.contains(path), path + " missing from /openapi");
        }
        Http.Reply schema = http.get("/api/schema/", "Accept", "application/json");
        assertEquals(200, schema.status());
        assertTrue(schema.json().getJsonObject("paths").containsKey("/api/v1/auth/refresh"));
    }

    /** Doc 002's clients fetch /api/schema/ plainly: YAML, as DRF's schema view answers; JSON when asked. */
    @Test
    void schemaIsYamlByDefaultAndJsonWhenAsked() {
        Http http = new Http();
        for (Http.Reply yaml : List.of(http.get("/api/schema/"), http.get("/api/schema/", "Accept", "*/*"),
                http.get("/api/schema/?format=yaml", "Accept", "application/json"))) {
            assertEquals(200, yaml.status(), yaml::toString);
            assertTrue(yaml.header("Content-Type").startsWith("application/vnd.oai.openapi"), yaml.header("Content-Type"));
            assertTrue(yaml.body().startsWith("openapi: 3"), () -> yaml.body().substring(0, 100));
            assertTrue(yaml.body().contains("/api/auth/login"), "the whole document");
        }
        Http.Reply asked = http.get("/api/schema/", "Accept", "application/yaml");
        assertEquals("application/yaml", asked.header("Content-Type").split(";")[0]);
        assertTrue(asked.body().startsWith("openapi: 3"));
        for (Http.Reply json : List.of(http.get("/api/schema/?format=json"), http.get("/api/schema/", "Accept", "application/json"),
                http.get("/api/schema/", "Accept", "application/vnd.oai.openapi+json"))) {
            assertEquals(200, json.status(), json::toString);
            assertTrue(json.json().getJsonObject("paths").containsKey("/api/auth/login"), json::toString);
        }
        Checks.contentError(http.get("/api/schema/?format=xml"), 404, "NOT_FOUND");
    }

    @Test
    void swaggerUiIsServedFromTheApplication() {
        Http http = new Http();
        Http.Reply page = http.get("/api/docs/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("/api/docs/swagger-ui-bundle.js"));
        assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "no CDN links");
        Http.Reply bundle = http.get("/api/docs/swagger-ui-bundle.js");
        assertEquals(200, bundle.status());
        assertTrue(bundle.body().length() > 100_000, "the real Swagger UI bundle");
        assertEquals(200, http.get("/api/docs/navaa-docs.js").status());
        assertEquals(404, http.get("/api/docs/nothing-here.js").status());
    }

    @Test
    void unknownPathsAnswerInTheirFamilysErrorShape() {
        Http http = new Http();
        JsonObject clinic = http.get("/api/v1/no-such-thing/").json().getJsonObject("error");
        assertEquals("NOT_FOUND", clinic.getString("code"));
        assertTrue(clinic.getString("request_id").startsWith("req_"));
        assertNotNull(clinic.getString("timestamp"));

        JsonObject audio = http.get("/api/denoise/no-such-thing/").json();
        assertEquals("error", audio.getString("status"));
        assertEquals("NOT_FOUND", audio.getString("error_code"));
        assertEquals(audio.getString("message"), audio.getString("error"));

        JsonObject chat = http.get("/api/chats/nothing/here/at/all").json();
        assertTrue(chat.containsKey("error") && chat.get("error") instanceof jakarta.json.JsonString);

        JsonObject content = http.get("/api/projects/no/such").json();
        assertTrue(content.containsKey("detail"));
    }

    @Test
    void messagesFollowAcceptLanguage() {
        Http http = new Http();
        String english = http.get("/api/auth/me").json().getString("error");
        String persian = http.get("/api/auth/me", "Accept-Language", "fa-IR,fa;q=0.9,en;q=0.5").json().getString("error");
        assertEquals("Authentication credentials were not provided.", english);
        assertEquals("اطلاعات احراز هویت ارائه نشده است", persian);
        assertEquals(english, http.get("/api/auth/me", "Accept-Language", "de").json().getString("error"), "unknown languages fall back to English");
    }
}
