package navaa.content.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import navaa.content.control.DownloadStatus;
import navaa.content.entity.ContentItem;
import navaa.content.entity.ContentProject;
import navaa.content.entity.ContentSearchRequest;
import navaa.content.entity.ContentSearchResult;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import navaa.jobs.control.JobFailure;
import navaa.jobs.entity.Job;
import navaa.platform.control.Messages;

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

    /**
     * Doc 002's content (§4.3.1, §4.3.2), exactly its fields; {@code file_path} and
     * {@code video_url} stay null until the download completed.
     */
    static JsonObject content(ContentItems.Viewed viewed, URI base, Locale locale) {
        ContentItem c = viewed.content();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", c.getUuid())
                .add("project", viewed.project().getUuid())
                .add("project_title", viewed.project().getTitle())
                .add("source_url", sourceUrl(c.getSourceUrl(), base))
                .add("content_type", c.getContentType())
                .add("platform", c.getPlatform())
                .add("file_path", nullable(downloaded(viewed) ? c.getFilePath() : null))
                .add("download_status", Json.createObjectBuilder()
                        .add("task_id", c.getTaskUuid())
                        .add("status", viewed.status().word())
                        .add("progress", progress(viewed))
                        .add("error_message", errorMessage(viewed, locale)))
                .add("video_url", nullable(videoUrl(viewed, base)))
                .add("created_at", time(c.getCreatedAt()))
                .add("updated_at", time(updated(viewed)));
        return json.build();
    }

    /** Doc 002's download status (§4.3.3), exactly its fields. */
    static JsonObject downloadStatus(ContentItems.Viewed viewed, URI base, Locale locale) {
        ContentItem c = viewed.content();
        Optional<Job> job = viewed.job();
        return Json.createObjectBuilder()
                .add("id", c.getDownloadUuid())
                .add("content", c.getUuid())
                .add("content_url", sourceUrl(c.getSourceUrl(), base))
                .add("task_id", c.getTaskUuid())
                .add("status", viewed.status().word())
                .add("progress", progress(viewed))
                .add("error_message", errorMessage(viewed, locale))
                .add("download_url", nullable(videoUrl(viewed, base)))
                .add("file_size", c.getFileSize() == null || !downloaded(viewed) ? JsonValue.NULL : Json.createValue(c.getFileSize()))
                .add("started_at", nullable(job.map(Job::getStartedAt).map(ContentJson::time).orElse(null)))
                .add("completed_at", nullable(job.map(Job::getCompletedAt).map(ContentJson::time).orElse(null)))
                .add("created_at", time(c.getCreatedAt()))
                .add("updated_at", time(updated(viewed)))
                .build();
    }

    /** The video on this server ({@code GET .../content/video/}, with Range), once downloaded. */
    static String videoUrl(ContentItems.Viewed viewed, URI base) {
        return downloaded(viewed) ? base.resolve("api/projects/" + viewed.project().getUuid() + "/content/video/").toString() : null;
    }

    /** A library video's source is its place on this server, as its search result's link. */
    static String sourceUrl(String stored, URI base) {
        if (!stored.startsWith(LIBRARY)) {
            return stored;
        }
        String id = stored.substring(LIBRARY.length());
        return base.resolve("api/library/videos/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/").toString();
    }

    private static boolean downloaded(ContentItems.Viewed viewed) {
        return viewed.status() == DownloadStatus.COMPLETED && viewed.content().getFilePath() != null;
    }

    private static int progress(ContentItems.Viewed viewed) {
        return viewed.job().map(Job::getProgress).orElse(0);
    }

    private static JsonValue errorMessage(ContentItems.Viewed viewed, Locale locale) {
        if (viewed.status() != DownloadStatus.FAILED) {
            return JsonValue.NULL;
        }
        JobFailure failure = viewed.job().flatMap(Job::getFailure).orElse(JobFailure.INTERNAL);
        return Json.createValue(Messages.text(failure.messageKey(), locale));
    }

    /** The latest of the content's own change and its download's start and end. */
    private static Instant updated(ContentItems.Viewed viewed) {
        Instant latest = viewed.content().getUpdatedAt();
        for (Instant moment : viewed.job().map(j -> new Instant[] {j.getStartedAt(), j.getCompletedAt()}).orElse(new Instant[0])) {
            if (moment != null && moment.isAfter(latest)) {
                latest = moment;
            }
        }
        return latest;
    }

    private static JsonValue nullable(String text) {
        return text == null ? JsonValue.NULL : Json.createValue(text);
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
