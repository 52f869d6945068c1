package navaa.audio.boundary;

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
    void doc000sBoostNeedsALevelAndTheEngineGetsItsFactor() {
        assertEquals(Map.of("boost_level", "4x", "factor", "4"), parameters(AudioBoostResource.FORM, Map.of("boost_level", "4x")));
        NavaaException missing = assertThrows(NavaaException.class, () -> parameters(AudioBoostResource.FORM, Map.of()));
        assertEquals(ErrorCode.VALIDATION_ERROR, missing.code());
        assertEquals("Boost level must be one of: 2x, 3x, 4x, 5x.",
                missing.fieldErrors().get("boost_level").text(Locale.ROOT));
    }

    @Test
    void doc001sBoostFallsBackTo3xButRefusesItsOwnExampleWord() {
        assertEquals(Map.of("boost_level", "3x", "factor", "3"), parameters(BoostResource.FORM, Map.of()));
        assertThrows(NavaaException.class, () -> parameters(BoostResource.FORM, Map.of("boost_level", "strong")));
        assertThrows(NavaaException.class, () -> parameters(BoostResource.FORM, Map.of("boost_level", "none")));
    }

    @Test
    void denoiseAndExtractionBoostOnlyWhenAsked() {
        assertEquals(Map.of("boost_level", "none"), parameters(DenoiseResource.FORM, Map.of()));
        assertEquals(Map.of("boost_level", "5x"), parameters(SpeakerResource.FORM, Map.of("boost_level", "5x")));
        assertEquals(Map.of("boost_level", "none"), parameters(SpeakerExtractionResource.FORM, Map.of("boost_level", "none")));
        NavaaException sixfold = assertThrows(NavaaException.class, () -> parameters(DenoiseResource.FORM, Map.of("boost_level", "6x")));
        assertEquals("Boost level must be one of: none, 2x, 3x, 4x, 5x.", sixfold.fieldErrors().get("boost_level").text(Locale.ROOT));
    }

    @Test
    void doc000ChoosesOneStemAndDoc001GetsBoth() {
        assertEquals(Map.of("output_type", "instrumental"), parameters(VocalSeparationResource.FORM, Map.of("output_type", "instrumental")));
        NavaaException both = assertThrows(NavaaException.class,
                () -> parameters(VocalSeparationResource.FORM, Map.of("output_type", "both")));
        assertEquals("Output type must be one of: vocals, instrumental.", both.fieldErrors().get("output_type").text(Locale.ROOT));
        assertThrows(NavaaException.class, () -> parameters(VocalSeparationResource.FORM, Map.of()));
        assertEquals(Map.of("output_type", "both"), parameters(VocalResource.FORM, Map.of("output_type", "vocals")));
    }

    @Test
    void speakerExtractionReadsEachDocumentsFileFields() {
        assertEquals(java.util.List.of("audio_file", "speaker_sample"), SpeakerExtractionResource.FORM.files());
        assertEquals(java.util.List.of("conversation_file", "target_speaker_file"), SpeakerResource.FORM.files());
        assertEquals(AudioKind.EXTRACT, SpeakerResource.FORM.kind());
    }
}
