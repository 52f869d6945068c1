package navaa.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import navaa.content.entity.ContentItem;
import navaa.jobs.boundary.BatchJobs;
import navaa.jobs.boundary.MediaFolders;
import navaa.jobs.control.Folders;
import navaa.jobs.entity.Job;

/**
 * What a project's content holds outside its row: the download job (stopped when it runs) with
 * its work folder, and the content's folder with the video. Removed when the content is deleted
 * and when its project is (whose rows go by the schema's cascades, which reach no file).
 */
@Stateless
public class ContentFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    MediaFolders folders;

    @Inject
    BatchJobs batch;

    /** Removes the project's content with its job and files; nothing to do when it has none. */
    public void removeOf(long projectId) {
        em.createQuery("select c from ContentItem c where c.projectId = :project", ContentItem.class)
                .setParameter("project", projectId).getResultStream().findFirst().ifPresent(this::remove);
    }

    public void remove(ContentItem content) {
        if (content.getJobId() != null) {
            Job job = em.find(Job.class, content.getJobId());
            if (job != null) {
                if (job.getExecutionId() != null && !job.getState().finished()) {
                    // a running copy or conversion stops at its next ledger call (the job is gone)
                    batch.stop(job.getExecutionId());
                }
                em.remove(job);
            }
            Folders.delete(folders.work(content.getJobId()));
        }
        em.remove(content);
        Folders.delete(folders.content(content.getUuid()));
    }
}
