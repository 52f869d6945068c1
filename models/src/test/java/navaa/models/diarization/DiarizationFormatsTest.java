package navaa.models.diarization;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiarizationFormatsTest {

    private static final DiarizationResult RESULT = new DiarizationResult("meeting \"final\".wav", 1800.5, 2, List.of("علی"), List.of(
            new DiarizationResult.Segment(1, 0, 12.5, "علی", true, 0.95, "سلام، امروز می‌خواهیم"),
            new DiarizationResult.Segment(2, 12.5, 3723.04, "SPEAKER_1", false, 0.7, "")));

    @Test
    void jsonHasDocumentZerosShape() {
        JsonObject json = JsonParser.parseString(DiarizationFormats.JSON.write(RESULT)).getAsJsonObject();
        assertEquals("meeting \"final\".wav", json.get("audio_file").getAsString());
        assertEquals(1800.5, json.get("duration").getAsDouble());
        assertEquals(2, json.get("num_speakers").getAsInt());
        assertEquals("علی", json.getAsJsonArray("identified_speakers").get(0).getAsString());
        JsonObject first = json.getAsJsonArray("segments").get(0).getAsJsonObject();
        assertEquals(List.of("id", "start", "end", "speaker", "identified", "confidence", "text"), List.copyOf(first.keySet()));
        assertEquals(1, first.get("id").getAsInt());
        assertEquals(12.5, first.get("end").getAsDouble());
        assertTrue(first.get("identified").getAsBoolean());
        assertEquals(0.95, first.get("confidence").getAsDouble());
        assertEquals("سلام، امروز می‌خواهیم", first.get("text").getAsString());
        assertFalse(json.getAsJsonArray("segments").get(1).getAsJsonObject().get("identified").getAsBoolean());
    }

    @Test
    void srtAndVttCuesCarryTheSpeaker() {
        assertEquals("1\n00:00:00,000 --> 00:00:12,500\n[علی] سلام، امروز می‌خواهیم\n\n2\n00:00:12,500 --> 01:02:03,040\n[SPEAKER_1]\n\n",
                DiarizationFormats.SRT.write(RESULT));
        String vtt = DiarizationFormats.VTT.write(RESULT);
        assertTrue(vtt.startsWith("WEBVTT\n\n1\n00:00:00.000 --> 00:00:12.500\n[علی] "), vtt);
    }

    @Test
    void txtIsOneLinePerTurn() {
        assertEquals("[00:00:00.000 - 00:00:12.500] علی: سلام، امروز می‌خواهیم\n[00:00:12.500 - 01:02:03.040] SPEAKER_1:\n",
                DiarizationFormats.TXT.write(RESULT));
    }
}
