package navaa.content.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ContentFormTest {

    private static ContentForm.Result read(String json) {
        return ContentForm.read(Json.createReader(new java.io.StringReader(json)).readObject());
    }

    @Test
    void aUuidInAnyCaseWithOrWithoutHyphensIsKeptHyphenatedAndLowerCase() {
        assertEquals("770e8400-e29b-41d4-a716-446655440000",
                read("{\"search_result_id\":\"770e8400-e29b-41d4-a716-446655440000\"}").form().searchResultId());
        assertEquals("770e8400-e29b-41d4-a716-446655440000",
                read("{\"search_result_id\":\"770E8400E29B41D4A716446655440000\"}").form().searchResultId());
    }

    @Test
    void aMissingNullOrMalformedIdIsTheFieldsError() {
        assertEquals("field.required", read("{}").errors().get("search_result_id").key());
        assertEquals("field.null", read("{\"search_result_id\":null}").errors().get("search_result_id").key());
        assertEquals("field.uuid", read("{\"search_result_id\":42}").errors().get("search_result_id").key());
        assertEquals("field.uuid", read("{\"search_result_id\":\"not-a-uuid\"}").errors().get("search_result_id").key());
        assertEquals("field.uuid", read("{\"search_result_id\":\"" + "a".repeat(5000) + "\"}").errors().get("search_result_id").key());
        assertNull(ContentForm.read((JsonObject) null).form());
    }
}
