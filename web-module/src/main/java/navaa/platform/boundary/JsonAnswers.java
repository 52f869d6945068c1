package navaa.platform.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Collection;
import java.util.function.Function;

/** Answers many resources give alike: a list of things as a JSON array, and a plain success. */
public final class JsonAnswers {

    /** Doc 004's answer to a change that has nothing more to say. */
    public static final JsonObject SUCCESS = Json.createObjectBuilder().add("success", true).build();

    private JsonAnswers() {
    }

    /** The items in their order, each as {@code json} writes it. */
    public static <T> JsonArray array(Collection<T> items, Function<T, ? extends JsonValue> json) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(json.apply(item)));
        return array.build();
    }

    /** {@code {"<name>": [items]}}, as the families that wrap their lists answer. */
    public static <T> JsonObject wrapped(String name, Collection<T> items, Function<T, ? extends JsonValue> json) {
        return Json.createObjectBuilder().add(name, array(items, json)).build();
    }
}
