package navaa.content.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import navaa.platform.control.FieldError;
import navaa.platform.control.Messages;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProjectFormTest {

    @Test
    void titleAndTypeAsTheDocumentSendsThem() {
        ProjectForm form = ProjectForm.read(json("{\"title\":\"  پروژه ویدیوی جدید \",\"type\":\"video\"}")).form();
        assertEquals(new ProjectForm("پروژه ویدیوی جدید", "video"), form);
    }

    @Test
    void typeIsTextWhenLeftOut() {
        assertEquals("text", ProjectForm.read(json("{\"title\":\"t\"}")).form().type());
    }

    @Test
    void aMissingTitleIsRequiredInDrfWords() {
        ProjectForm.Result read = ProjectForm.read(json("{}"));
        assertNull(read.form());
        assertEquals("This field is required.", english(read.errors()).get("title"));
        assertEquals("این فیلد الزامی است", read.errors().get("title").text(Messages.PERSIAN));
    }

    @Test
    void eachBadFieldIsNamed() {
        assertEquals("This field may not be blank.", english(ProjectForm.read(json("{\"title\":\"  \"}")).errors()).get("title"));
        assertEquals("This field may not be null.", english(ProjectForm.read(json("{\"title\":null}")).errors()).get("title"));
        assertEquals("Not a valid string.", english(ProjectForm.read(json("{\"title\":5}")).errors()).get("title"));
        assertEquals("Ensure this field has no more than 255 characters.",
                english(ProjectForm.read(json("{\"title\":\"" + "x".repeat(256) + "\"}")).errors()).get("title"));
        assertEquals("\"audio\" is not a valid choice.",
                english(ProjectForm.read(json("{\"title\":\"t\",\"type\":\"audio\"}")).errors()).get("type"));
        assertEquals("\"null\" is not a valid choice.",
                english(ProjectForm.read(json("{\"title\":\"t\",\"type\":null}")).errors()).get("type"));
    }

    @Test
    void aLongRefusedChoiceIsNotEchoedWhole() {
        String said = english(ProjectForm.read(json("{\"title\":\"t\",\"type\":\"" + "v".repeat(5000) + "\"}")).errors()).get("type");
        assertEquals(true, said.length() < 80, said);
    }

    @Test
    void aTitleOfExactlyTheLimitIsTaken() {
        assertEquals(255, ProjectForm.read(json("{\"title\":\"" + "ی".repeat(255) + "\"}")).form().title().length());
    }

    static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    static Map<String, String> english(Map<String, FieldError> errors) {
        return errors.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().text(Locale.ENGLISH)));
    }
}
