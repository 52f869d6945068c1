package navaa.content.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import navaa.content.entity.ContentProject;
import navaa.content.entity.ContentSearchRequest;
import navaa.content.entity.ContentSearchResult;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Doc 002's project, search request and search result, field for field as the document shows
 * them (§4.1, §4.2): UUID ids, {@code owner} as the owner's numeric id, times in ISO-8601 UTC.
 */
final class ContentJson {

    /** What a library video's reference starts with (FoundVideo's javadoc). */
    static final String LIBRARY = "library:";

    private ContentJson() {
    }

    static JsonObject project(ContentProject p) {
        return Json.createObjectBuilder()
                .add("id", p.getUuid())
                .add("owner", p.getOwnerAccountId())
                .add("title", p.getTitle())
                .add("type", p.getProjectType())
                .add("status", p.getStatus())
                .add("created_at", time(p.getCreatedAt()))
                .add("updated_at", time(p.getUpdatedAt()))
                .build();
    }

    static JsonObject searchRequest(ContentSearchRequest r, String projectUuid) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", r.getUuid())
                .add("project", projectUuid)
                .add("query", r.getQueryText())
                .add("language", r.getLanguage())
                .add("top_results_count", r.getTopResultsCount())
                .add("platforms", parse(r.getPlatforms(), JsonValue.EMPTY_JSON_ARRAY))
                .add("params", parse(r.getParams(), JsonValue.EMPTY_JSON_OBJECT))
                .add("status", r.getStatus())
                .add("created_at", time(r.getCreatedAt()));
        if (r.getCompletedAt() == null) {
            json.addNull("completed_at");
        } else {
            json.add("completed_at", time(r.getCompletedAt()));
        }
        return json.build();
    }

    static JsonObject searchResult(ContentSearchResult r, String searchRequestUuid, URI base) {
        return Json.createObjectBuilder()
                .add("id", r.getUuid())
                .add("search_request", searchRequestUuid)
                .add("title", r.getTitle())
                .add("link", link(r, base))
                .add("snippet", r.getSnippet())
                .add("rank", r.getResultRank())
                .add("is_selected", r.isSelected())
                .add("metadata", parse(r.getMetadata(), JsonValue.EMPTY_JSON_OBJECT))
                .add("fetched_at", time(r.getFetchedAt()))
                .build();
    }

    /**
     * The result's own page, or for a library video that has none, its place on this server
     * ({@code /api/library/videos/{id}/}, absolute from the request's base address).
     */
    static String link(ContentSearchResult r, URI base) {
        if (r.getLink() != null) {
            return r.getLink();
        }
        String reference = r.getReference();
        String id = reference.startsWith(LIBRARY) ? reference.substring(LIBRARY.length()) : reference;
        return base.resolve("api/library/videos/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/")
                .toString();
    }

    /** DRF's DateTimeField: ISO-8601 in UTC, with the fraction when there is one. */
    static String time(Instant instant) {
        return instant.toString();
    }

    private static JsonValue parse(String json, JsonValue otherwise) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (RuntimeException e) {
            return otherwise;
        }
    }
}
