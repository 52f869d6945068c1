package navaa.models.diarization;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import navaa.models.speaker.SpeakerEmbedder;
import navaa.models.speaker.SpeakerSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Enrolled voices: per speaker the embeddings of their samples, computed once at
 * enrolment. The JSON file is what {@code GET .../voice-databases/{id}/export} gives,
 * what {@code .../import} and {@code ./navaa diarize --db} read, and what
 * {@code ./navaa enroll} writes, so databases move between installations and tools.
 * It names the embedding model: vectors of another model would compare as noise.
 */
public record VoiceDatabase(String name, List<Speaker> speakers) {

    public static final String FORMAT = "navaa-voice-database";
    public static final int VERSION = 1;
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    /** The model whose embeddings the file holds. */
    public static final String MODEL = "vosk-model-spk-0.4 x-vector (Kaldi callhome_diarization v2), whitened, length √128";

    public VoiceDatabase {
        speakers = List.copyOf(speakers);
    }

    /** One enrolled person: one embedding per sample, and how much speech each held. */
    public record Speaker(String name, List<Sample> samples) {

        public Speaker {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a speaker needs a name");
            }
            samples = List.copyOf(samples);
            if (samples.isEmpty()) {
                throw new IllegalArgumentException("speaker " + name + " has no samples");
            }
        }

        /** The voice: the mean of the samples' embeddings. */
        public float[] embedding() {
            return SpeakerSimilarity.average(samples.stream().map(Sample::embedding).toList());
        }
    }

    public record Sample(float[] embedding, double speechSeconds) {
    }

    public VoiceDatabase with(Speaker speaker) {
        List<Speaker> all = new ArrayList<>(speakers.stream().filter(s -> !s.name().equals(speaker.name())).toList());
        all.add(speaker);
        return new VoiceDatabase(name, all);
    }

    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("format", FORMAT);
        json.addProperty("version", VERSION);
        json.addProperty("model", MODEL);
        json.addProperty("name", name);
        JsonArray people = new JsonArray();
        for (Speaker speaker : speakers) {
            JsonObject person = new JsonObject();
            person.addProperty("name", speaker.name());
            person.addProperty("num_samples", speaker.samples().size());
            JsonArray samples = new JsonArray();
            for (Sample sample : speaker.samples()) {
                JsonObject s = new JsonObject();
                s.addProperty("speech_seconds", Math.round(sample.speechSeconds() * 100) / 100.0);
                JsonArray vector = new JsonArray();
                for (float v : sample.embedding()) {
                    vector.add(v);
                }
                s.add("embedding", vector);
                samples.add(s);
            }
            person.add("samples", samples);
            people.add(person);
        }
        json.add("speakers", people);
        return json.toString();
    }

    /**
     * @throws IllegalArgumentException saying what is wrong with the file: not JSON, another
     *         format or model, a vector of the wrong size
     */
    public static VoiceDatabase fromJson(String text) {
        try {
            JsonObject json = JsonParser.parseString(text).getAsJsonObject();
            if (!FORMAT.equals(string(json, "format"))) {
                throw new IllegalArgumentException("not a voice database export (format must be \"" + FORMAT + "\")");
            }
            if (json.get("version") == null || json.get("version").getAsInt() != VERSION) {
                throw new IllegalArgumentException("voice database version " + json.get("version") + " is not supported (expected " + VERSION + ")");
            }
            if (!MODEL.equals(string(json, "model"))) {
                throw new IllegalArgumentException("the voices were embedded with another model (" + string(json, "model")
                        + "); enrol them again with this installation");
            }
            List<Speaker> speakers = new ArrayList<>();
            for (JsonElement p : json.getAsJsonArray("speakers")) {
                JsonObject person = p.getAsJsonObject();
                List<Sample> samples = new ArrayList<>();
                for (JsonElement s : person.getAsJsonArray("samples")) {
                    JsonArray vector = s.getAsJsonObject().getAsJsonArray("embedding");
                    if (vector.size() != SpeakerEmbedder.DIMENSION) {
                        throw new IllegalArgumentException("speaker " + string(person, "name") + " has an embedding of " + vector.size()
                                + " values, expected " + SpeakerEmbedder.DIMENSION);
                    }
                    float[] embedding = new float[vector.size()];
                    for (int i = 0; i < embedding.length; i++) {
                        embedding[i] = vector.get(i).getAsFloat();
                    }
                    samples.add(new Sample(embedding, s.getAsJsonObject().get("speech_seconds").getAsDouble()));
                }
                speakers.add(new Speaker(string(person, "name"), samples));
            }
            return new VoiceDatabase(string(json, "name"), speakers);
        } catch (JsonParseException | IllegalStateException | NullPointerException | UnsupportedOperationException e) {
            // the parser's own text names its classes and methods, which say nothing to the
            // person holding the file (and go to a web client as they are): where, at most
            throw new IllegalArgumentException("the voice database file is not valid JSON of the export format" + where(e), e);
        }
    }

    private static String where(RuntimeException e) {
        Matcher at = LOCATION.matcher(String.valueOf(e.getMessage()));
        return at.find() ? " (line " + at.group(1) + ", column " + at.group(2) + ")" : "";
    }

    private static String string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
