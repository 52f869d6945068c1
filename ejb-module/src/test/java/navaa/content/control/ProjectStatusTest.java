package navaa.content.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectStatusTest {

    @Test
    void wordsAreTheDocumentsAndReadBack() {
        assertEquals(List.of("draft", "searching", "selecting", "generating", "ready", "published", "failed"),
                List.of(ProjectStatus.values()).stream().map(ProjectStatus::word).toList());
        for (ProjectStatus status : ProjectStatus.values()) {
            assertEquals(status, ProjectStatus.of(status.word()));
        }
    }

    @Test
    void aSearchTakesADraftThroughSearchingToSelecting() {
        ProjectStatus searching = ProjectStatus.DRAFT.searchStarted();
        assertEquals(ProjectStatus.SEARCHING, searching);
        assertEquals(ProjectStatus.SELECTING, searching.searchEnded(true));
        assertEquals(ProjectStatus.FAILED, searching.searchEnded(false));
    }

    @Test
    void aNewSearchAfterResultsOrAFailureSearchesAgain() {
        assertEquals(ProjectStatus.SEARCHING, ProjectStatus.SELECTING.searchStarted());
        assertEquals(ProjectStatus.SEARCHING, ProjectStatus.FAILED.searchStarted());
        assertEquals(ProjectStatus.SEARCHING, ProjectStatus.SEARCHING.searchStarted());
    }

    @Test
    void aSearchDoesNotTakeBackAProjectWhoseContentIsUnderWay() {
        for (ProjectStatus later : List.of(ProjectStatus.GENERATING, ProjectStatus.READY, ProjectStatus.PUBLISHED)) {
            assertEquals(later, later.searchStarted());
            assertEquals(later, later.searchEnded(true));
            assertEquals(later, later.searchEnded(false));
        }
    }

    @Test
    void aSearchEndingAfterAnotherAlreadyEndedLeavesTheProjectAlone() {
        assertEquals(ProjectStatus.SELECTING, ProjectStatus.SELECTING.searchEnded(false));
    }

    @Test
    void aContentGeneratesUntilItsDownloadEndsAndItsDeleteGoesBackToSelecting() {
        ProjectStatus generating = ProjectStatus.SELECTING.contentCreated();
        assertEquals(ProjectStatus.GENERATING, generating);
        assertEquals(ProjectStatus.READY, generating.downloadEnded(true));
        assertEquals(ProjectStatus.FAILED, generating.downloadEnded(false));
        assertEquals(ProjectStatus.PUBLISHED, ProjectStatus.PUBLISHED.downloadEnded(false));
        assertEquals(ProjectStatus.SELECTING, ProjectStatus.READY.contentDeleted());
        // a search while the content is under way does not move the project back
        assertEquals(ProjectStatus.GENERATING, generating.searchStarted());
    }
}
