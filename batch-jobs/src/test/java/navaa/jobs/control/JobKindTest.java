package navaa.jobs.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JobKindTest {

    @Test
    void eachKindRunsItsOwnBatchJob() {
        assertEquals("audio-job", JobKind.DENOISE.jobXml());
        assertEquals("audio-job", JobKind.BOOST.jobXml());
        assertEquals("audio-job", JobKind.SEPARATE.jobXml());
        assertEquals("speaker-extraction-job", JobKind.EXTRACT.jobXml());
        assertEquals("diarization-job", JobKind.DIARIZE.jobXml());
        assertEquals("content-download-job", JobKind.CONTENT_DOWNLOAD.jobXml());
    }

    @Test
    void servicesAreDoc001sPathNames() {
        assertEquals(List.of("denoise", "boost", "vocal", "speaker", "diarize", "content-download"),
                List.of(JobKind.values()).stream().map(JobKind::service).toList());
    }

    @Test
    void aBoostLevelIsReadOnceIntoItsFactor() {
        assertEquals(BoostLevel.X4, BoostLevel.parse(JobKind.BOOST.read("boost_level", Map.of("boost_level", "4x"))).orElseThrow());
        assertEquals(4, BoostLevel.X4.factor());
        assertEquals(1, BoostLevel.parse(JobKind.DENOISE.read("boost_level", Map.of())).orElseThrow().factor());
        assertEquals(Optional.empty(), BoostLevel.parse("6x"));
        assertEquals(List.of("2x", "3x", "4x", "5x"), JobKind.BOOST.parameter("boost_level").values());
        assertEquals(List.of("none", "2x", "3x", "4x", "5x"), JobKind.EXTRACT.parameter("boost_level").values());
    }

    @Test
    void aJobBreakingItsKindsRulesIsNotRunOnAGuess() {
        assertThrows(IllegalArgumentException.class, () -> JobKind.BOOST.read("boost_level", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> JobKind.BOOST.read("boost_level", Map.of("boost_level", "none")));
        assertThrows(IllegalArgumentException.class, () -> JobKind.DENOISE.read("output_type", Map.of()));
    }

    @Test
    void aPathMayOfferFewerValuesButNoOthers() {
        assertEquals(List.of("vocals", "instrumental"), JobParameter.OUTPUT_TYPE.only("vocals", "instrumental").values());
        assertEquals("vocals", JobKind.SEPARATE.read("output_type", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> JobParameter.OUTPUT_TYPE.only("karaoke"));
    }
}
