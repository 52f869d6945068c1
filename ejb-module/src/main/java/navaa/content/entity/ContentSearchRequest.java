package navaa.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One search in a project (doc 002 §4.2.1). It runs while the client waits, so it is stored
 * {@code in_progress} first (the project then reads {@code searching}) and ends
 * {@code completed} or {@code failed}. {@code platforms} is a JSON array's text (empty: all),
 * {@code params} the client's object's text.
 */
@Entity
@Table(name = "content_search_requests")
public class ContentSearchRequest extends NumberedEntity {

    public static final String IN_PROGRESS = "in_progress";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    private String uuid;
    private long projectId;
    private String queryText;
    private String language;
    private int topResultsCount;
    private String platforms;
    private String params;
    private String status;
    private Instant createdAt;
    private Instant completedAt;

    protected ContentSearchRequest() {
    }

    public ContentSearchRequest(long projectId, String queryText, String language, int topResultsCount, String platforms,
                                String params, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.projectId = projectId;
        this.queryText = queryText;
        this.language = language;
        this.topResultsCount = topResultsCount;
        this.platforms = platforms;
        this.params = params;
        this.status = IN_PROGRESS;
        this.createdAt = now;
    }

    public void finish(boolean found, Instant now) {
        status = found ? COMPLETED : FAILED;
        completedAt = now;
    }

    public String getUuid() { return uuid; }
    public long getProjectId() { return projectId; }
    public String getQueryText() { return queryText; }
    public String getLanguage() { return language; }
    public int getTopResultsCount() { return topResultsCount; }
    public String getPlatforms() { return platforms; }
    public String getParams() { return params; }
    public String getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getCompletedAt() { return completedAt; }
}
