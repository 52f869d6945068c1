package navaa.system;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static navaa.system.Checks.contentError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc 002's projects (§4.1) and search (§4.2) as its clients call them, with
 * {@code Authorization: Token <key>} from {@code POST /api/auth/token/}: exact field sets,
 * DRF's error bodies, another user's project as 404. The search's assertions hold whatever
 * video sources are deployed (a query nothing can match finds nothing).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentProjectsIT {

    private static final String PASSWORD = "content-pw-123";
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,6})?Z");
    private static final Set<String> PROJECT = Set.of("id", "owner", "title", "type", "status", "created_at", "updated_at");
    private static final Set<String> SEARCH_REQUEST = Set.of("id", "project", "query", "language", "top_results_count", "platforms",
            "params", "status", "created_at", "completed_at");
    private static final Set<String> SEARCH_RESULT = Set.of("id", "search_request", "title", "link", "snippet", "rank", "is_selected",
            "metadata", "fetched_at");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.navaaEar();
    }

    /** A user as doc 002's CRM client is: its numeric id and a client sending its API key. */
    private record Crm(long id, Http http) {
    }

    private static Crm crm() {
        String username = Accounts.createUser(Accounts.admin(), PASSWORD, null);
        Http.Reply login = new Http().postForm("/accounts/login/", Map.of("username", username, "password", PASSWORD));
        assertEquals(200, login.status(), login::toString);
        long id = login.json().getJsonObject("user").getJsonNumber("id").longValue();
        Http.Reply token = new Http().postJson("/api/auth/token/", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(200, token.status(), token::toString);
        return new Crm(id, new Http().with("Authorization", "Token " + token.json().getString("token")));
    }

    private static JsonObject project(Crm crm, String body) {
        Http.Reply created = crm.http().postJson("/api/projects/", body);
        assertEquals(201, created.status(), created::toString);
        Checks.assertJson(created);
        return created.json();
    }

    @Test
    void projectsAreListedCreatedAndDeletedAsDocumented() {
        Crm crm = crm();
        JsonObject video = project(crm, "{\"title\":\"پروژه ویدیوی جدید\",\"type\":\"video\"}");
        assertEquals(PROJECT, video.keySet(), video::toString);
        assertTrue(UUID_TEXT.matcher(video.getString("id")).matches(), video::toString);
        assertEquals(crm.id(), video.getJsonNumber("owner").longValue(), "owner is the owner's numeric id");
        assertEquals("پروژه ویدیوی جدید", video.getString("title"));
        assertEquals("video", video.getString("type"));
        assertEquals("draft", video.getString("status"));
        assertTrue(TIME.matcher(video.getString("created_at")).matches(), video::toString);
        assertEquals(video.getString("created_at"), video.getString("updated_at"));

        JsonObject text = project(crm, "{\"title\":\"بی‌نوع\"}");
        assertEquals("text", text.getString("type"), "text when left out");

        Http.Reply listed = crm.http().get("/api/projects/");
        assertEquals(200, listed.status(), listed::toString);
        JsonArray projects = listed.array();
        assertEquals(List.of(text.getString("id"), video.getString("id")),
                projects.stream().map(p -> p.asJsonObject().getString("id")).toList(), "the caller's projects, newest first");
        projects.forEach(p -> assertEquals(PROJECT, p.asJsonObject().keySet(), p::toString));
        assertEquals(video, projects.getJsonObject(1), "listed as created");

        Http.Reply deleted = crm.http().delete("/api/projects/" + video.getString("id") + "/");
        assertEquals(204, deleted.status(), deleted::toString);
        assertEquals("", deleted.body());
        assertEquals(List.of(text.getString("id")),
                crm.http().get("/api/projects/").array().stream().map(p -> p.asJsonObject().getString("id")).toList());
        JsonObject again = contentError(crm.http().delete("/api/projects/" + video.getString("id") + "/"), 404, "NOT_FOUND");
        assertEquals("Not found.", again.getString("detail"));
        contentError(crm.http().delete("/api/projects/not-a-uuid/"), 404, "NOT_FOUND");
    }

    @Test
    void anotherUsersProjectIsNotFound() {
        Crm owner = crm();
        Crm other = crm();
        String id = project(owner, "{\"title\":\"owner's\",\"type\":\"video\"}").getString("id");
        String base = "/api/projects/" + id + "/";

        assertFalse(other.http().get("/api/projects/").body().contains(id), "not listed for another user");
        contentError(other.http().delete(base), 404, "NOT_FOUND");
        contentError(other.http().postJson(base + "search-requests/", "{\"query\":\"python\"}"), 404, "NOT_FOUND");
        contentError(other.http().postJson(base + "search-requests/", "{}"), 404, "NOT_FOUND");
        contentError(other.http().get(base + "search-results/"), 404, "NOT_FOUND");

        assertEquals(List.of(id), owner.http().get("/api/projects/").array().stream()
                .map(p -> p.asJsonObject().getString("id")).toList(), "still there for its owner");
    }

    @Test
    void withoutCredentialsItIsDrfs401() {
        for (Http.Reply refused : List.of(new Http().get("/api/projects/"),
                new Http().postJson("/api/projects/", "{\"title\":\"t\"}"),
                new Http().get("/api/projects/" + UUID.randomUUID() + "/search-results/"))) {
            JsonObject body = contentError(refused, 401, "UNAUTHORIZED");
            assertEquals("Authentication credentials were not provided.", body.getString("detail"));
            assertEquals("Token", refused.header("WWW-Authenticate"), refused::toString);
        }
        JsonObject persian = contentError(new Http().get("/api/projects/", "Accept-Language", "fa"), 401, "UNAUTHORIZED");
        assertNotEquals("Authentication credentials were not provided.", persian.getString("detail"));
        Http.Reply badKey = new Http().get("/api/projects/", "Authorization", "Token not-a-key");
        assertEquals(401, badKey.status(), badKey::toString);
        assertTrue(badKey.json().containsKey("detail"), badKey::toString);
    }

    @Test
    void badFieldsAreDrfsFieldLists() {
        Crm crm = crm();
        Http.Reply noTitle = crm.http().postJson("/api/projects/", "{}");
        assertEquals(400, noTitle.status(), noTitle::toString);
        assertEquals(Json.createObjectBuilder().add("title", Json.createArrayBuilder().add("This field is required.")).build(),
                noTitle.json());
        Http.Reply persian = crm.http().postJson("/api/projects/", "{}", "Accept-Language", "fa");
        assertEquals("این فیلد الزامی است", persian.json().getJsonArray("title").getString(0));
        Http.Reply badType = crm.http().postJson("/api/projects/", "{\"title\":\"t\",\"type\":\"audio\"}");
        assertEquals(400, badType.status(), badType::toString);
        assertEquals(List.of("\"audio\" is not a valid choice."), strings(badType.json().getJsonArray("type")));
        Http.Reply tooLong = crm.http().postJson("/api/projects/", "{\"title\":\"" + "x".repeat(256) + "\"}");
        assertEquals(List.of("Ensure this field has no more than 255 characters."), strings(tooLong.json().getJsonArray("title")));
        contentError(crm.http().postJson("/api/projects/", "[1]"), 400, "BAD_REQUEST");
        assertEquals("[]", crm.http().get("/api/projects/").body(), "nothing was made");

        String searches = "/api/projects/" + project(crm, "{\"title\":\"t\"}").getString("id") + "/search-requests/";
        Http.Reply noQuery = crm.http().postJson(searches, "{}");
        assertEquals(400, noQuery.status(), noQuery::toString);
        assertEquals(List.of("This field is required."), strings(noQuery.json().getJsonArray("query")));
        Http.Reply bounds = crm.http().postJson(searches, "{\"query\":\"q\",\"top_results_count\":51,\"platforms\":[\"tiktok\"],"
                + "\"language\":\"persian\",\"params\":\"x\"}");
        assertEquals(400, bounds.status(), bounds::toString);
        assertEquals(Set.of("top_results_count", "platforms", "language", "params"), bounds.json().keySet(), bounds::toString);
        Http.Reply notBoolean = crm.http().get("/api/projects/" + project(crm, "{\"title\":\"u\"}").getString("id")
                + "/search-results/?only_selected=maybe");
        assertEquals(400, notBoolean.status(), notBoolean::toString);
        assertTrue(notBoolean.json().containsKey("only_selected"), notBoolean::toString);
    }

    @Test
    void aSearchRunsToItsEndBeforeTheAnswer() {
        Crm crm = crm();
        String project = project(crm, "{\"title\":\"پروژه ویدیوی آموزشی\",\"type\":\"video\"}").getString("id");
        String base = "/api/projects/" + project + "/";
        // a query no video anywhere can match, so the answer holds whatever sources are deployed
        String nothing = "qzxv" + UUID.randomUUID().toString().replace("-", "");
        Http.Reply searched = crm.http().postJson(base + "search-requests/", "{\"query\":\"" + nothing + "\",\"language\":\"fa\","
                + "\"top_results_count\":10,\"platforms\":[\"youtube\",\"instagram\"]}");
        assertEquals(201, searched.status(), searched::toString);
        JsonObject request = searched.json();
        assertEquals(SEARCH_REQUEST, request.keySet(), request::toString);
        assertTrue(UUID_TEXT.matcher(request.getString("id")).matches(), request::toString);
        assertEquals(project, request.getString("project"));
        assertEquals(nothing, request.getString("query"));
        assertEquals("fa", request.getString("language"));
        assertEquals(10, request.getInt("top_results_count"));
        assertEquals(List.of("youtube", "instagram"), strings(request.getJsonArray("platforms")));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, request.getJsonObject("params"));
        assertEquals("completed", request.getString("status"));
        assertTrue(TIME.matcher(request.getString("created_at")).matches(), request::toString);
        assertTrue(TIME.matcher(request.getString("completed_at")).matches(), request::toString);

        assertEquals("selecting", status(crm, project), "the results are ready to choose from");
        Http.Reply results = crm.http().get(base + "search-results/");
        assertEquals(200, results.status(), results::toString);
        assertEquals("[]", results.body(), "nothing matches the query");
        assertEquals("[]", crm.http().get(base + "search-results/?only_selected=true").body());

        // the document's defaults, and whatever the deployed sources find for a real query in the documented shape
        Http.Reply defaults = crm.http().postJson(base + "search-requests/", "{\"query\":\"python\",\"params\":{\"safe\":true}}");
        assertEquals(201, defaults.status(), defaults::toString);
        JsonObject second = defaults.json();
        assertEquals("en", second.getString("language"));
        assertEquals(10, second.getInt("top_results_count"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, second.getJsonArray("platforms"), "every platform");
        assertEquals("{\"safe\":true}", second.getJsonObject("params").toString());
        assertEquals("completed", second.getString("status"));
        JsonArray found = crm.http().get(base + "search-results/?only_selected=false").array();
        assertTrue(found.size() <= 10, found::toString);
        for (int i = 0; i < found.size(); i++) {
            JsonObject result = found.getJsonObject(i);
            assertEquals(SEARCH_RESULT, result.keySet(), result::toString);
            assertEquals(second.getString("id"), result.getString("search_request"));
            assertEquals(i + 1, result.getInt("rank"), "best first, ranked from 1");
            assertFalse(result.getBoolean("is_selected"));
            assertTrue(result.getString("link").startsWith("http"), result::toString);
            assertTrue(TIME.matcher(result.getString("fetched_at")).matches(), result::toString);
            assertEquals(JsonValue.ValueType.OBJECT, result.get("metadata").getValueType());
        }
        assertEquals("[]", crm.http().get(base + "search-results/?only_selected=true").body(), "none selected yet");
    }

    /**
     * The offline search end to end: a video copied into the library folder with yt-dlp's
     * sidecars is found within 10 s by a Persian query on its title and an English one on its
     * captions, with the link and platform its info.json gives; another platform's filter
     * leaves it out.
     */
    @Test
    void aVideoPlacedInTheLibraryIsFoundInPersianAndEnglish() throws Exception {
        Crm crm = crm();
        String base = "/api/projects/" + project(crm, "{\"title\":\"کتابخانه\",\"type\":\"video\"}").getString("id") + "/";
        String name = "lesson-" + System.nanoTime();
        String watch = "https://www.youtube.com/watch?v=" + name;
        Path library = Path.of(System.getProperty("navaa.it.dataDir", "target/it-data")).resolve("library");
        List<Path> files = List.of(
                ownerOnly(library.resolve(name + ".mp4"), "not a real video: the sidecars describe it"),
                ownerOnly(library.resolve(name + ".info.json"), "{\"title\": \"آموزش برنامه نویسی پایتون\", \"description\":"
                        + " \"یک دوره کامل برای شروع\", \"webpage_url\": \"" + watch + "\", \"extractor\": \"youtube\"}"),
                ownerOnly(library.resolve(name + ".en.srt"), "1\n00:00:01,000 --> 00:00:04,000\nWelcome to this programming"
                        + " tutorial about snakes and loops\n"));
        try {
            JsonObject persian = awaitFound(crm, base, "{\"query\":\"آموزش پایتون\",\"language\":\"fa\",\"platforms\":[\"youtube\"]}", watch);
            assertEquals("آموزش برنامه نویسی پایتون", persian.getString("title"));
            assertEquals(1, persian.getInt("rank"), persian::toString);
            assertFalse(persian.getString("snippet").isBlank(), persian::toString);
            JsonObject english = awaitFound(crm, base, "{\"query\":\"programming tutorials snakes\"}", watch);
            assertEquals(watch, english.getString("link"));
            Http.Reply elsewhere = crm.http().postJson(base + "search-requests/", "{\"query\":\"آموزش پایتون\",\"platforms\":[\"instagram\"]}");
            assertEquals(201, elsewhere.status(), elsewhere::toString);
            String instagramOnly = elsewhere.json().getString("id");
            assertTrue(crm.http().get(base + "search-results/").array().stream().map(JsonValue::asJsonObject)
                    .noneMatch(r -> instagramOnly.equals(r.getString("search_request")) && watch.equals(r.getString("link"))),
                    "an instagram-only search leaves it out");
        } finally {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The newest search's result linking to {@code link}, asking again until it is there (10 s at most). */
    private static JsonObject awaitFound(Crm crm, String base, String search, String link) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            Http.Reply searched = crm.http().postJson(base + "search-requests/", search);
            assertEquals(201, searched.status(), searched::toString);
            String request = searched.json().getString("id");
            for (JsonValue result : crm.http().get(base + "search-results/").array()) {
                JsonObject r = result.asJsonObject();
                if (request.equals(r.getString("search_request")) && link.equals(r.getString("link"))) {
                    return r;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not found within 10 s: " + search);
            }
            Thread.sleep(500);
        }
    }

    private static Path ownerOnly(Path file, String text) throws java.io.IOException {
        // nothing in the data folder may be readable by others (OwnerOnlyDataIT)
        Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void theOperationsAreInTheSchemaUnderContent() {
        JsonObject document = new Http().get("/api/schema/", "Accept", "application/json").json();
        JsonObject paths = document.getJsonObject("paths");
        for (String[] op : List.of(new String[]{"get", "/api/projects"}, new String[]{"post", "/api/projects"},
                new String[]{"delete", "/api/projects/{project_id}"}, new String[]{"post", "/api/projects/{project_id}/search-requests"},
                new String[]{"get", "/api/projects/{project_id}/search-results"})) {
            JsonObject item = paths.getJsonObject(op[1]);
            assertTrue(item != null && item.containsKey(op[0]), () -> op[0] + " " + op[1] + " in " + paths.keySet());
            JsonObject operation = item.getJsonObject(op[0]);
            assertFalse(operation.getString("summary", "").isBlank(), op[1]);
            assertTrue(operation.getJsonArray("tags").toString().contains("\"content\""), operation::toString);
        }
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals(PROJECT, schemas.getJsonObject("ContentProject").getJsonObject("properties").keySet());
        assertEquals(SEARCH_REQUEST, schemas.getJsonObject("ContentSearchRequest").getJsonObject("properties").keySet());
        assertEquals(SEARCH_RESULT, schemas.getJsonObject("ContentSearchResult").getJsonObject("properties").keySet());
    }

    private static String status(Crm crm, String project) {
        return crm.http().get("/api/projects/").array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals(project)).findFirst().orElseThrow().getString("status");
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }
}
