package navaa.clinic.entity;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.io.StringReader;
import java.util.List;

/** A short list of texts in one column, as a JSON array: for lists that are shown and never searched. */
@Converter
public class DoctorTexts implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> texts) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        (texts == null ? List.<String>of() : texts).forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
    }
}
