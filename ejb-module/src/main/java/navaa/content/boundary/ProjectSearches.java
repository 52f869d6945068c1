package navaa.content.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import navaa.content.control.SearchForm;
import navaa.content.control.VideoSearch;
import navaa.content.control.VideoSource;
import navaa.content.entity.ContentSearchRequest;
import navaa.identity.entity.Caller;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Doc 002's synchronous search (§4.2.1): every {@link VideoSource} deployed (the media library,
 * remote providers a customer enabled) is asked while the client waits. The sources run
 * outside a transaction, so a slow one holds no rows locked and the project reads
 * {@code searching} meanwhile.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProjectSearches {

    private static final Logger LOG = Logger.getLogger(ProjectSearches.class.getName());

    @Inject
    @Any
    Instance<VideoSource> sources;

    @Inject
    SearchRecords records;

    public ContentSearchRequest search(Caller caller, String projectId, SearchForm form) {
        ContentSearchRequest request = records.start(caller, projectId, form);
        VideoSearch.Outcome outcome;
        try {
            outcome = VideoSearch.run(sources, form.query(form.topResultsCount()));
        } catch (RuntimeException e) {
            // a source that cannot even be made (its bean failed to start) fails the search, not the server
            LOG.log(Level.WARNING, "search " + request.getUuid() + " failed", e);
            outcome = new VideoSearch.Outcome(true, java.util.List.of());
        }
        return records.finish(request.getId(), outcome);
    }
}
