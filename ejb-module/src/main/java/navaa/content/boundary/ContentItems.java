package navaa.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import navaa.content.control.ContentForm;
import navaa.content.control.DownloadStatus;
import navaa.content.control.LibraryVideo;
import navaa.content.control.ProjectStatus;
import navaa.content.entity.ContentItem;
import navaa.content.entity.ContentProject;
import navaa.content.entity.ContentSearchResult;
import navaa.identity.entity.Caller;
import navaa.jobs.boundary.JobEnded;
import navaa.jobs.boundary.Jobs;
import navaa.jobs.boundary.MediaFolders;
import navaa.jobs.control.ContentDownloadTask;
import navaa.jobs.control.JobKind;
import navaa.jobs.entity.Job;
import navaa.jobs.entity.JobInput;
import navaa.jobs.entity.JobRun;
import navaa.jobs.entity.JobState;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Doc 002's content (§4.3): made from one of the project's search results, one per project
 * (§5.4), its video downloaded by a {@link JobKind#CONTENT_DOWNLOAD} job on the one job engine
 * into {@code <data>/media/content/<content id>/videos/}. The project moves to {@code generating}
 * when the content is made, to {@code ready} (or {@code failed}) when the download ends, and
 * back to {@code selecting} when the content is deleted.
 */
@Stateless
public class ContentItems {

    private static final Logger LOG = Logger.getLogger(ContentItems.class.getName());
    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentProjects projects;

    @Inject
    MediaLibrary library;

    @Inject
    MediaFolders folders;

    @Inject
    Jobs jobs;

    @Inject
    ContentFiles files;

    /** A content with its project and its download job (empty when gone), as the API shows it. */
    public record Viewed(ContentItem content, ContentProject project, Optional<Job> job, DownloadStatus status) {

        /** The downloaded file's place under the content's folder, once completed. */
        public Optional<String> filePath() {
            return Optional.ofNullable(content.getFilePath());
        }
    }

    /**
     * @throws NavaaException 404 for a project not the caller's or a result that does not exist,
     *         400 for a project that already has its content or a result of another project
     */
    public Viewed create(Caller caller, String projectId, ContentForm form) {
        ContentProject project = projects.visible(caller, projectId);
        // one content per project even when two requests come at once: they queue on the project's row
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        if (of(project).isPresent()) {
            throw new NavaaException(ErrorCode.CONTENT_EXISTS);
        }
        ContentSearchResult result = em.createQuery("select r from ContentSearchResult r where r.uuid = :id", ContentSearchResult.class)
                .setParameter("id", form.searchResultId()).getResultStream().findFirst()
                .orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        if (result.getProjectId() != project.getId()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of("search_result_id", FieldError.of("field.otherProjectsResult")));
        }
        Instant now = CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);
        result.select();
        ContentItem content = new ContentItem(project.getId(), result.getId(),
                result.getLink() != null ? result.getLink() : result.getReference(), result.getReference(), "video",
                result.getPlatform(), now);
        em.persist(content);
        Optional<LibraryVideo> video = result.getReference().startsWith(ContentDownloadTask.LIBRARY)
                ? library.byReference(result.getReference()) : Optional.empty();
        String parameters = Json.createObjectBuilder()
                .add(ContentDownloadTask.SOURCE, result.getReference())
                .add(ContentDownloadTask.LIBRARY_FILE, video.map(v -> v.file().toString()).orElse(""))
                .add(ContentDownloadTask.CONTENT, content.getUuid())
                .add(ContentDownloadTask.FOLDER, folders.content(content.getUuid()).toString())
                .build().toString();
        Job job = jobs.submit(project.ownerId(), JobKind.CONTENT_DOWNLOAD, input(video), Optional.empty(), parameters);
        content.downloadBy(job.getId());
        project.moveTo(ProjectStatus.of(project.getStatus()).contentCreated().word(), now);
        em.flush();
        return new Viewed(content, project, Optional.of(job), DownloadStatus.PENDING);
    }

    /** The project's content; 404 for a project not the caller's or one without content. */
    public Viewed view(Caller caller, String projectId) {
        ContentProject project = projects.visible(caller, projectId);
        ContentItem content = of(project).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
        Optional<Job> job = Optional.ofNullable(content.getJobId()).map(id -> em.find(Job.class, id));
        String step = job.flatMap(j -> em.createNamedQuery(JobRun.OF_JOB, JobRun.class).setParameter("job", j.getId())
                .getResultList().stream().reduce((first, second) -> second)).map(JobRun::getStep).orElse(null);
        return new Viewed(content, project, job, DownloadStatus.of(job.map(j -> j.getState().value()).orElse(null), step));
    }

    /** The downloaded video's file; 404 until the download completed (and for others' projects). */
    public Path video(Caller caller, String projectId) {
        Viewed viewed = view(caller, projectId);
        return viewed.filePath().map(relative -> folders.content(viewed.content().getUuid()).resolve(relative))
                .filter(Files::isRegularFile).orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND));
    }

    /**
     * Removes the content, its download job (stopped when it runs) with its work files, and the
     * content's folder; the result stays selected (doc 002 keeps the search's record) and the
     * project goes back to {@code selecting}.
     */
    public void delete(Caller caller, String projectId) {
        Viewed viewed = view(caller, projectId);
        files.remove(viewed.content());
        ContentProject project = viewed.project();
        project.moveTo(ProjectStatus.of(project.getStatus()).contentDeleted().word(), CLOCK.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A download job ended: the content learns its file, the project moves on. */
    public void downloadEnded(@Observes JobEnded ended) {
        Job job = ended.job();
        if (job.getKind() != JobKind.CONTENT_DOWNLOAD) {
            return;
        }
        Optional<ContentItem> found = em.createQuery("select c from ContentItem c where c.jobId = :job", ContentItem.class)
                .setParameter("job", job.getId()).getResultStream().findFirst();
        if (found.isEmpty()) {
            return;
        }
        ContentItem content = found.get();
        Instant now = CLOCK.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean completed = job.getState() == JobState.COMPLETED;
        if (completed) {
            JsonObject result = Json.createReader(new StringReader(job.getResult())).readObject();
            content.downloaded(result.getString("file_path"), result.getJsonNumber("file_size").longValue(), now);
        } else {
            content.touched(now);
        }
        ContentProject project = em.find(ContentProject.class, content.getProjectId());
        if (project != null) {
            project.moveTo(ProjectStatus.of(project.getStatus()).downloadEnded(completed).word(), now);
        }
        LOG.info(() -> "content " + content.getUuid() + ": download job " + job.getId() + " " + job.getState().value());
    }

    private Optional<ContentItem> of(ContentProject project) {
        return em.createQuery("select c from ContentItem c where c.projectId = :project", ContentItem.class)
                .setParameter("project", project.getId()).getResultStream().findFirst();
    }

    /**
     * The job's input as the engine records it: the library video's name, format, size and length
     * for the console, and no path (the file is named in the parameters: the engine's delete
     * removes its input's folder, and this one is the library's). A remote source has none.
     */
    private static JobInput input(Optional<LibraryVideo> video) {
        return video.map(v -> new JobInput(v.file().getFileName().toString(), "",
                        ContentDownloadTask.extension(v.file().getFileName().toString()), v.sizeBytes(), v.durationSeconds(), 0, 0, 0))
                .orElseGet(() -> new JobInput("remote", "", "", 0, 0, 0, 0, 0));
    }
}
