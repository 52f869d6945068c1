package navaa.content.control;

import java.util.List;

/**
 * Where doc 002's search finds videos. On a fresh install that is the media library (a
 * watched folder, searched offline); a customer whose server may reach out can add a remote
 * provider by configuration. The search endpoint asks every source and keeps the best.
 */
public interface VideoSource {

    /** At most {@code query.topResults()} videos, best first. */
    List<FoundVideo> search(VideoQuery query);
}
