package navaa.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index fed directly (no files): analysis, ranking, filters and snippets. */
class LibraryIndexTest {

    private final LibraryIndex index = new LibraryIndex();

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aPersianQueryFindsItsWordsApartInATitle() {
        put("python-fa", "آموزش برنامه نویسی پایتون", "", "youtube", List.of());
        put("cooking", "آشپزی ایرانی", "", "youtube", List.of());

        assertEquals(List.of("python-fa"), ids(search("آموزش پایتون", "fa", 10)));
    }

    @Test
    void persianLetterFormsAndZeroWidthJoinersAreNormalised() {
        // Arabic yeh and kaf, and "برنامه‌نویسی" written with a ZWNJ, as Windows keyboards type them
        put("python-fa", "آموزش برنامه‌نویسی پايتون", "", "other", List.of());

        assertEquals(List.of("python-fa"), ids(search("برنامه نویسی پایتون", "fa", 10)));
        assertEquals(List.of("python-fa"), ids(search("پايتون", null, 10)));
    }

    @Test
    void anEnglishQueryIsStemmed() {
        put("cooking", "Cooking Tutorial", "How to cook rice", "other", List.of());
        put("python", "Python for beginners", "", "other", List.of());

        assertEquals(List.of("cooking"), ids(search("cooked tutorials", "en", 10)));
    }

    @Test
    void theTitleRanksOverTheDescriptionOverTheCaptions() {
        put("in-captions", "Weekly meeting", "Notes of the week", "other",
                List.of("today we talk about many things", "including kubernetes clusters", "and lunch"));
        put("in-title", "Kubernetes clusters explained", "A short talk", "other", List.of("hello"));
        put("in-description", "Operations talk", "All about kubernetes clusters and their care", "other",
                List.of("hello"));

        assertEquals(List.of("in-title", "in-description", "in-captions"),
                ids(search("kubernetes clusters", "en", 10)));
    }

    @Test
    void captionsAreSearchedAndGiveTheSnippet() {
        put("talk", "جلسه هفتگی", "", "other",
                List.of("سلام به همه", "امروز درباره آموزش برنامه نویسی پایتون صحبت می کنیم", "خداحافظ"));

        List<FoundVideo> found = search("آموزش پایتون", "fa", 10);

        assertEquals(1, found.size());
        assertTrue(found.get(0).snippet().startsWith("امروز درباره آموزش برنامه نویسی پایتون"), found.get(0).snippet());
    }

    @Test
    void theSnippetIsTheDescriptionSentenceWithTheMostQueryWords() {
        put("v", "Rice", "Welcome to the channel. Here we cook Persian rice with saffron! Subscribe.", "other",
                List.of("we cook"));

        assertEquals("Here we cook Persian rice with saffron!", search("cooking saffron", "en", 10).get(0).snippet());
    }

    @Test
    void platformsFilterAndTopResultsCaps() {
        put("yt", "Python one", "", "youtube", List.of());
        put("ig", "Python two", "", "instagram", List.of());
        put("li", "Python three", "", "linkedin", List.of());
        put("file", "Python four", "", "other", List.of());

        assertEquals(Set.of("ig", "li"), Set.copyOf(ids(index.search(
                new VideoQuery("python", "en", 10, Set.of("instagram", "LinkedIn"))))));
        assertEquals(2, search("python", "en", 2).size());
        assertEquals(4, index.search(new VideoQuery("python", "en", 10, Set.of())).size());
    }

    @Test
    void theQueryLanguageLiftsVideosInItButExcludesNone() {
        put("en", "Python course", "", "other", List.of());
        put("fa", "Python دوره کامل آموزش", "", "other", List.of());

        assertEquals("fa", ids(search("python", "fa", 10)).get(0));
        assertEquals("en", ids(search("python", "en", 10)).get(0));
        assertEquals(2, search("python", "fa", 10).size());
    }

    @Test
    void aResultCarriesItsReferenceLinkAndMetadata() {
        put("yt", "Python", "", "youtube", List.of());

        FoundVideo found = search("python", "en", 10).get(0);

        assertEquals("library:" + MediaLibraryId.ofRelative("yt.mp4"), found.reference());
        assertEquals("https://www.youtube.com/watch?v=yt", found.link());
        assertEquals("youtube", found.platform());
        assertTrue(found.metadataJson().contains("\"language\":\"en\""), found.metadataJson());
    }

    @Test
    void aReplacedEntryIsFoundByItsNewWordsOnlyAndARemovedOneNotAtAll() {
        put("v", "Old title", "", "other", List.of());
        put("v", "New title", "", "other", List.of());

        assertEquals(List.of(), search("old", "en", 10));
        assertEquals(1, search("new", "en", 10).size());

        index.remove(MediaLibraryId.ofRelative("v.mp4"));
        assertEquals(List.of(), search("new", "en", 10));
        assertEquals(0, index.size());
    }

    @Test
    void aQueryWithoutWordsFindsNothing() {
        put("v", "The video", "", "other", List.of());

        assertEquals(List.of(), search("  . ؟ !", "en", 10));
        assertEquals(List.of(), search(null, "en", 10));
    }

    private List<FoundVideo> search(String text, String language, int top) {
        return index.search(new VideoQuery(text, language, top, Set.of()));
    }

    private void put(String name, String title, String description, String platform, List<String> captions) {
        index.put(video(name, title, description, platform), captions);
    }

    static LibraryVideo video(String name, String title, String description, String platform) {
        String relative = name + ".mp4";
        String link = platform.equals("youtube") ? "https://www.youtube.com/watch?v=" + name : null;
        return new LibraryVideo(MediaLibraryId.ofRelative(relative), Path.of("/library", relative), relative, title,
                description, 60, 1000, List.of(), null, link, platform,
                MediaLibraryReader.languageOf(null, title + " " + description), Map.of("file_name", relative));
    }

    private static List<String> ids(List<FoundVideo> found) {
        return found.stream().map(video -> {
            for (String name : List.of("python-fa", "cooking", "python", "in-captions", "in-title", "in-description",
                    "talk", "v", "yt", "ig", "li", "file", "en", "fa")) {
                if (video.reference().equals("library:" + MediaLibraryId.ofRelative(name + ".mp4"))) {
                    return name;
                }
            }
            return video.reference();
        }).toList();
    }
}
