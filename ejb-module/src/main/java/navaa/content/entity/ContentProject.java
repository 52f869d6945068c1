package navaa.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.control.Owned;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A CRM user's project (doc 002 §3.1): the container of its searches, its one content, its
 * subtitles and copywriting. {@code status} is a {@link navaa.content.control.ProjectStatus}'s
 * word, kept as text so the column reads as the document does.
 */
@Entity
@Table(name = "content_projects")
public class ContentProject extends NumberedEntity implements Owned {

    private String uuid;
    private long ownerAccountId;
    private String title;
    private String projectType;
    private String status;
    private Instant createdAt;
    private Instant updatedAt;

    protected ContentProject() {
    }

    public ContentProject(long ownerAccountId, String title, String projectType, String status, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.ownerAccountId = ownerAccountId;
        this.title = title;
        this.projectType = projectType;
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves the project to {@code status}; a move to where it is leaves updated_at alone. */
    public void moveTo(String next, Instant now) {
        if (!next.equals(status)) {
            status = next;
            updatedAt = now;
        }
    }

    @Override
    public long ownerId() {
        return ownerAccountId;
    }

    public String getUuid() { return uuid; }
    public long getOwnerAccountId() { return ownerAccountId; }
    public String getTitle() { return title; }
    public String getProjectType() { return projectType; }
    public String getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
