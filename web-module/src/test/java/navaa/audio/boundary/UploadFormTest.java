package navaa.audio.boundary;

import navaa.jobs.control.BoostLevel;
import navaa.jobs.control.JobKind;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadFormTest {

    private static Map<String, String> parameters(UploadForm form, Map<String, String> sent) {
        return form.parameters(field -> Optional.ofNullable(sent.get(field)));
    }

    @Test
    void doc000sBoostNeedsALevelWhichTheEngineReadsAsItsFactor() {
        assertEquals(Map.of("boost_level", "4x"), parameters(AudioRoutes.AUDIO_BOOST_UPLOAD, Map.of("boost_level", "4x")));
        assertEquals(4, BoostLevel.parse(JobKind.BOOST.read("boost_level", parameters(AudioRoutes.AUDIO_BOOST_UPLOAD,
                Map.of("boost_level", "4x")))).orElseThrow().factor());
        NavaaException missing = assertThrows(NavaaException.class, () -> parameters(AudioRoutes.AUDIO_BOOST_UPLOAD, Map.of()));
        assertEquals(ErrorCode.VALIDATION_ERROR, missing.code());
        assertEquals("Boost level must be one of: 2x, 3x, 4x, 5x.",
                missing.fieldErrors().get("boost_level").text(Locale.ROOT));
    }

    @Test
    void doc001sBoostFallsBackTo3xButRefusesItsOwnExampleWord() {
        assertEquals(Map.of("boost_level", "3x"), parameters(AudioRoutes.BOOST_UPLOAD, Map.of()));
        assertThrows(NavaaException.class, () -> parameters(AudioRoutes.BOOST_UPLOAD, Map.of("boost_level", "strong")));
        assertThrows(NavaaException.class, () -> parameters(AudioRoutes.BOOST_UPLOAD, Map.of("boost_level", "none")));
    }

    @Test
    void denoiseAndExtractionBoostOnlyWhenAsked() {
        assertEquals(Map.of("boost_level", "none"), parameters(AudioRoutes.DENOISE_UPLOAD, Map.of()));
        assertEquals(Map.of("boost_level", "5x"), parameters(AudioRoutes.SPEAKER_EXTRACT, Map.of("boost_level", "5x")));
        assertEquals(Map.of("boost_level", "none"), parameters(AudioRoutes.SPEAKER_EXTRACTION_UPLOAD, Map.of("boost_level", "none")));
        NavaaException sixfold = assertThrows(NavaaException.class, () -> parameters(AudioRoutes.DENOISE_UPLOAD, Map.of("boost_level", "6x")));
        assertEquals("Boost level must be one of: none, 2x, 3x, 4x, 5x.", sixfold.fieldErrors().get("boost_level").text(Locale.ROOT));
    }

    @Test
    void doc000ChoosesOneStemAndDoc001GetsBoth() {
        assertEquals(Map.of("output_type", "instrumental"), parameters(AudioRoutes.VOCAL_SEPARATION_UPLOAD, Map.of("output_type", "instrumental")));
        NavaaException both = assertThrows(NavaaException.class,
                () -> parameters(AudioRoutes.VOCAL_SEPARATION_UPLOAD, Map.of("output_type", "both")));
        assertEquals("Output type must be one of: vocals, instrumental.", both.fieldErrors().get("output_type").text(Locale.ROOT));
        assertThrows(NavaaException.class, () -> parameters(AudioRoutes.VOCAL_SEPARATION_UPLOAD, Map.of()));
        assertEquals(Map.of("output_type", "both"), parameters(AudioRoutes.VOCAL_SEPARATE, Map.of("output_type", "vocals")));
    }

    @Test
    void speakerExtractionReadsEachDocumentsFileFields() {
        assertEquals(java.util.List.of("audio_file", "speaker_sample"), AudioRoutes.SPEAKER_EXTRACTION_UPLOAD.files());
        assertEquals(java.util.List.of("conversation_file", "target_speaker_file"), AudioRoutes.SPEAKER_EXTRACT.files());
        assertEquals(JobKind.EXTRACT, AudioRoutes.SPEAKER_EXTRACT.kind());
    }

    @Test
    void aPathCannotOfferWhatItsKindDoesNotRead() {
        assertThrows(IllegalArgumentException.class, () -> UploadForm.of(JobKind.BOOST, java.util.List.of("audio_file"), UploadForm.OUTPUT_TYPE));
        assertThrows(IllegalArgumentException.class,
                () -> new UploadForm(JobKind.SEPARATE, java.util.List.of("audio_file"), java.util.List.of(), Map.of("output_type", "karaoke")));
    }
}
