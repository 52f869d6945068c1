package navaa.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Starts the media library with the application, so that its index is built and its folder
 * watched before the first search rather than by it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MediaLibraryStartup {

    @Inject
    MediaLibrary library;

    @PostConstruct
    void start() {
        library.folder(); // an @ApplicationScoped bean is made on its first call
    }
}
