package navaa.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import navaa.models.weights.Weights;

import java.util.List;
import java.util.logging.Logger;

/**
 * The model weight files the build packaged, checked by sha256 at start and on every
 * health check: a missing or corrupt file is reported here, plainly, rather than
 * failing in the middle of a customer's job.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ModelFiles {

    private static final Logger LOG = Logger.getLogger(ModelFiles.class.getName());

    @PostConstruct
    void checkAtStart() {
        List<String> problems = problems();
        problems.forEach(LOG::severe);
        if (problems.isEmpty()) {
            LOG.info("model weight files present and verified");
        }
    }

    /** Empty when every weight file is present and intact. */
    public List<String> problems() {
        return Weights.problems();
    }
}
