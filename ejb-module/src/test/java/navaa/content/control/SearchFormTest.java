package navaa.content.control;

import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static navaa.content.control.ProjectFormTest.english;
import static navaa.content.control.ProjectFormTest.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SearchFormTest {

    @Test
    void theDocumentsExampleIsReadAsSent() {
        SearchForm form = SearchForm.read(json("{\"query\":\"آموزش برنامه نویسی پایتون\",\"language\":\"fa\","
                + "\"top_results_count\":10,\"platforms\":[\"youtube\",\"instagram\"]}")).form();
        assertEquals("آموزش برنامه نویسی پایتون", form.query());
        assertEquals("fa", form.language());
        assertEquals(10, form.topResultsCount());
        assertEquals(List.of("youtube", "instagram"), form.platforms());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, form.params());
        assertEquals(new VideoQuery("آموزش برنامه نویسی پایتون", "fa", 10, Set.of("youtube", "instagram")), form.query(10));
    }

    @Test
    void defaultsAreTheDocuments() {
        SearchForm form = SearchForm.read(json("{\"query\":\"python\"}")).form();
        assertEquals("en", form.language());
        assertEquals(10, form.topResultsCount());
        assertEquals(List.of(), form.platforms(), "every platform");
        assertEquals("[]", form.platformsJson().toString());
    }

    @Test
    void paramsAreKeptAsGiven() {
        assertEquals("{\"safe\":true,\"n\":[1,2]}",
                SearchForm.read(json("{\"query\":\"q\",\"params\":{\"safe\":true,\"n\":[1,2]}}")).form().params().toString());
    }

    @Test
    void platformsAreNamedOnceEachAndOtherIsOne() {
        assertEquals(List.of("other", "youtube"),
                SearchForm.read(json("{\"query\":\"q\",\"platforms\":[\"other\",\"youtube\",\"other\"]}")).form().platforms());
    }

    @Test
    void aNumberAsTextIsTakenAsDrfDoes() {
        assertEquals(25, SearchForm.read(json("{\"query\":\"q\",\"top_results_count\":\"25\"}")).form().topResultsCount());
    }

    @Test
    void everyFieldIsBounded() {
        var read = SearchForm.read(json("{\"language\":\"persian\",\"top_results_count\":51,\"platforms\":[\"tiktok\"],"
                + "\"params\":[1]}"));
        assertNull(read.form());
        var errors = english(read.errors());
        assertEquals("This field is required.", errors.get("query"));
        assertEquals("Must be a two-letter language code such as fa or en.", errors.get("language"));
        assertEquals("Must be a whole number from 1 to 50.", errors.get("top_results_count"));
        assertEquals("Must be a list of platforms, each one of: youtube, instagram, linkedin, other.", errors.get("platforms"));
        assertEquals("Must be an object of at most 4000 characters of JSON.", errors.get("params"));
    }

    @Test
    void theEdgesOfEachBound() {
        assertEquals(1, SearchForm.read(json("{\"query\":\"q\",\"top_results_count\":1}")).form().topResultsCount());
        assertEquals(50, SearchForm.read(json("{\"query\":\"q\",\"top_results_count\":50}")).form().topResultsCount());
        for (String bad : List.of("0", "-1", "2.5", "true", "null", "\"ten\"", "99999999999999999999")) {
            assertEquals(Set.of("top_results_count"),
                    SearchForm.read(json("{\"query\":\"q\",\"top_results_count\":" + bad + "}")).errors().keySet(), bad);
        }
        assertEquals(500, SearchForm.read(json("{\"query\":\"" + "q".repeat(500) + "\"}")).form().query().length());
        assertEquals("Ensure this field has no more than 500 characters.",
                english(SearchForm.read(json("{\"query\":\"" + "q".repeat(501) + "\"}")).errors()).get("query"));
        assertEquals("This field may not be blank.", english(SearchForm.read(json("{\"query\":\" \"}")).errors()).get("query"));
        String bigParams = "{\"query\":\"q\",\"params\":{\"a\":\"" + "x".repeat(4000) + "\"}}";
        assertEquals(Set.of("params"), SearchForm.read(json(bigParams)).errors().keySet());
        String manyPlatforms = "{\"query\":\"q\",\"platforms\":[" + "\"youtube\",".repeat(20) + "\"other\"]}";
        assertEquals(Set.of("platforms"), SearchForm.read(json(manyPlatforms)).errors().keySet());
        assertEquals(Set.of("platforms"), SearchForm.read(json("{\"query\":\"q\",\"platforms\":\"youtube\"}")).errors().keySet());
    }
}
