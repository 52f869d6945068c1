package navaa.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A project's one content (doc 002 §3.2): the video a search result named, and its download.
 * The download itself is a job of kind {@code CONTENT_DOWNLOAD} ({@code jobId}); its state and
 * times are the job's, and {@code filePath}/{@code fileSize} are filled in when it completes.
 * {@code downloadUuid} and {@code taskUuid} are the ids doc 002's download-status shows.
 */
@Entity
@Table(name = "content_items")
public class ContentItem extends NumberedEntity {

    private String uuid;
    private long projectId;
    private Long searchResultId;
    private String sourceUrl;
    private String reference;
    private String contentType;
    private String platform;
    private String filePath;
    private Long fileSize;
    private String downloadUuid;
    private String taskUuid;
    private Long jobId;
    private Instant createdAt;
    private Instant updatedAt;

    protected ContentItem() {
    }

    public ContentItem(long projectId, long searchResultId, String sourceUrl, String reference, String contentType,
                       String platform, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.projectId = projectId;
        this.searchResultId = searchResultId;
        this.sourceUrl = sourceUrl;
        this.reference = reference;
        this.contentType = contentType;
        this.platform = platform;
        this.downloadUuid = UUID.randomUUID().toString();
        this.taskUuid = UUID.randomUUID().toString();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void downloadBy(long job) {
        this.jobId = job;
    }

    /** The download completed: the file's place under the content's folder and its size. */
    public void downloaded(String relativePath, long size, Instant now) {
        this.filePath = relativePath;
        this.fileSize = size;
        this.updatedAt = now;
    }

    public void touched(Instant now) {
        this.updatedAt = now;
    }

    public String getUuid() { return uuid; }
    public long getProjectId() { return projectId; }
    public Long getSearchResultId() { return searchResultId; }
    public String getSourceUrl() { return sourceUrl; }
    public String getReference() { return reference; }
    public String getContentType() { return contentType; }
    public String getPlatform() { return platform; }
    public String getFilePath() { return filePath; }
    public Long getFileSize() { return fileSize; }
    public String getDownloadUuid() { return downloadUuid; }
    public String getTaskUuid() { return taskUuid; }
    public Long getJobId() { return jobId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
