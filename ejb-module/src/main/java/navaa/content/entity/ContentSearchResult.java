package navaa.content.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A video a search found (doc 002 §4.2.2), kept with what the later download needs:
 * {@code reference} (the library's {@code library:<id>} or a provider's URL) and its platform.
 * {@code link} is null for a library video without a page of its own; the API then links it to
 * this server. {@code metadata} is a JSON object's text.
 */
@Entity
@Table(name = "content_search_results")
public class ContentSearchResult extends NumberedEntity {

    private String uuid;
    private long searchRequestId;
    private long projectId;
    private String reference;
    private String title;
    private String link;
    private String snippet;
    private String platform;
    private int resultRank;
    private boolean isSelected;
    private String metadata;
    private Instant fetchedAt;

    protected ContentSearchResult() {
    }

    public ContentSearchResult(long searchRequestId, long projectId, String reference, String title, String link,
                               String snippet, String platform, int rank, String metadata, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.searchRequestId = searchRequestId;
        this.projectId = projectId;
        this.reference = reference;
        this.title = title;
        this.link = link;
        this.snippet = snippet;
        this.platform = platform;
        this.resultRank = rank;
        this.metadata = metadata;
        this.fetchedAt = now;
    }

    /** Doc 002 §4.3.1 marks the result a content was made from. */
    public void select() {
        isSelected = true;
    }

    public String getUuid() { return uuid; }
    public long getSearchRequestId() { return searchRequestId; }
    public long getProjectId() { return projectId; }
    public String getReference() { return reference; }
    public String getTitle() { return title; }
    public String getLink() { return link; }
    public String getSnippet() { return snippet; }
    public String getPlatform() { return platform; }
    public int getResultRank() { return resultRank; }
    public boolean isSelected() { return isSelected; }
    public String getMetadata() { return metadata; }
    public Instant getFetchedAt() { return fetchedAt; }
}
