package navaa.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import navaa.content.control.ProjectForm;
import navaa.content.control.ProjectStatus;
import navaa.content.entity.ContentProject;
import navaa.identity.entity.Caller;
import navaa.platform.control.Ownership;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Doc 002's projects (§4.1): a user lists and makes their own and deletes one with all it
 * holds (the rows go with it by the schema's cascades, its content's job and files by {@link ContentFiles}). Another user's project is not found;
 * admins see every project.
 */
@Stateless
public class ContentProjects {

    private static final Clock CLOCK = Clock.systemUTC();

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentFiles contentFiles;

    /** The caller's projects, newest first (an admin's: everyone's). */
    public List<ContentProject> list(Caller caller) {
        TypedQuery<ContentProject> query = caller.isAdmin()
                ? em.createQuery("select p from ContentProject p order by p.createdAt desc, p.id desc", ContentProject.class)
                : em.createQuery("select p from ContentProject p where p.ownerAccountId = :owner"
                        + " order by p.createdAt desc, p.id desc", ContentProject.class).setParameter("owner", caller.accountId());
        return query.getResultList();
    }

    public ContentProject create(Caller caller, ProjectForm form) {
        ContentProject project = new ContentProject(caller.accountId(), form.title(), form.type(), ProjectStatus.DRAFT.word(),
                CLOCK.instant().truncatedTo(ChronoUnit.MILLIS));
        em.persist(project);
        em.flush();
        return project;
    }

    public void delete(Caller caller, String projectId) {
        ContentProject project = visible(caller, projectId);
        // its content's job and files first: the schema's cascades reach rows only
        contentFiles.removeOf(project.getId());
        // bulk deletes, not em.remove: the searches and results go with the project in the schema
        em.createQuery("delete from ContentProject p where p.id = :id").setParameter("id", project.getId()).executeUpdate();
    }

    /** The project the caller may see, else NOT_FOUND (also for an id that is not a UUID). */
    public ContentProject visible(Caller caller, String projectId) {
        return Ownership.visible(find(projectId), caller.accountId(), caller.isAdmin());
    }

    Optional<ContentProject> find(String projectId) {
        if (projectId == null || !projectId.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        return em.createQuery("select p from ContentProject p where p.uuid = :id", ContentProject.class)
                .setParameter("id", projectId.toLowerCase(java.util.Locale.ROOT)).getResultStream().findFirst();
    }
}
