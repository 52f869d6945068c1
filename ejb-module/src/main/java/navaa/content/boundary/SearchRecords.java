package navaa.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.content.control.ProjectStatus;
import navaa.content.control.RankedVideo;
import navaa.content.control.SearchForm;
import navaa.content.control.VideoSearch;
import navaa.content.entity.ContentProject;
import navaa.content.entity.ContentSearchRequest;
import navaa.content.entity.ContentSearchResult;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The stored side of a search, each step in its own transaction so that others see it at
 * once: the request {@code in_progress} and its project {@code searching} before the sources
 * are asked, then the results, the request's end and the project's next state together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SearchRecords {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentProjects projects;

    public ContentSearchRequest start(Caller caller, String projectId, SearchForm form) {
        ContentProject project = projects.visible(caller, projectId);
        Instant now = CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);
        ContentSearchRequest request = new ContentSearchRequest(project.getId(), form.query(), form.language(),
                form.topResultsCount(), form.platformsJson().toString(), form.params().toString(), now);
        em.persist(request);
        project.moveTo(ProjectStatus.of(project.getStatus()).searchStarted().word(), now);
        em.flush();
        return request;
    }

    public ContentSearchRequest finish(long requestId, VideoSearch.Outcome outcome) {
        ContentSearchRequest request = em.find(ContentSearchRequest.class, requestId);
        ContentProject project = request == null ? null : em.find(ContentProject.class, request.getProjectId());
        if (project == null) {
            // the project was deleted while its search ran (its request went with it)
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        Instant now = CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);
        for (RankedVideo video : outcome.videos()) {
            em.persist(new ContentSearchResult(request.getId(), project.getId(), video.reference(), video.title(), video.link(),
                    video.snippet(), video.platform(), video.rank(), video.metadataJson(), now));
        }
        request.finish(!outcome.failed(), now);
        project.moveTo(ProjectStatus.of(project.getStatus()).searchEnded(!outcome.failed()).word(), now);
        em.flush();
        return request;
    }

    /** A result with the id its search request shows. */
    public record Listed(ContentSearchResult result, String searchRequestUuid) {
    }

    /** The project's results, the latest search's first and each search's best first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Listed> results(Caller caller, String projectId, boolean onlySelected) {
        ContentProject project = projects.visible(caller, projectId);
        return em.createQuery("select r, q.uuid from ContentSearchResult r, ContentSearchRequest q"
                        + " where q.id = r.searchRequestId and r.projectId = :project"
                        + (onlySelected ? " and r.isSelected = true" : "")
                        + " order by r.searchRequestId desc, r.resultRank", Object[].class)
                .setParameter("project", project.getId()).getResultStream()
                .map(row -> new Listed((ContentSearchResult) row[0], (String) row[1])).toList();
    }
}
