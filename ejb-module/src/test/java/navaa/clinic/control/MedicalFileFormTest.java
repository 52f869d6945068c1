package navaa.clinic.control;

import navaa.platform.control.FieldError;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MedicalFileFormTest {

    private static final String ENCOUNTER = "0b6f3c1e-7d2a-4c55-9d4e-2f1a8b9c0d11";

    private static Map<String, String> documented() {
        Map<String, String> fields = new HashMap<>();
        fields.put("file_type", "lab_result");
        fields.put("title", "آزمایش خون");
        fields.put("description", "آزمایش خون ناشتا");
        fields.put("encounter_id", ENCOUNTER);
        return fields;
    }

    @Test
    void theDocumentedFormIsRead() {
        MedicalFileForm.Result read = MedicalFileForm.read(documented(), "blood-test.pdf");
        assertEquals(Map.of(), read.errors());
        assertEquals(new MedicalFileForm("lab_result", "آزمایش خون", "آزمایش خون ناشتا", ENCOUNTER, "blood-test.pdf"), read.form());
    }

    @Test
    void onlyFileTypeTitleAndTheFileAreNeeded() {
        MedicalFileForm.Result read = MedicalFileForm.read(Map.of("file_type", "other", "title", "  scan  ", "description", " "), "x.png");
        assertEquals(Map.of(), read.errors());
        assertEquals(new MedicalFileForm("other", "scan", null, null, "x.png"), read.form());
        for (String type : MedicalFileForm.FILE_TYPES) {
            assertEquals(Map.of(), MedicalFileForm.read(Map.of("file_type", type, "title", "t"), "f").errors(), type);
        }
    }

    @Test
    void eachMissingOrWrongFieldIsNamed() {
        Map<String, FieldError> errors = MedicalFileForm.read(Map.of(), null).errors();
        assertEquals(Set.of("file", "file_type", "title"), errors.keySet());
        assertEquals("field.medicalFile", errors.get("file").key());
        assertEquals("field.required", errors.get("title").key());
        Map<String, String> wrong = documented();
        wrong.put("file_type", "LAB_RESULT");
        wrong.put("encounter_id", "42");
        errors = MedicalFileForm.read(wrong, "a.pdf").errors();
        assertEquals(Set.of("file_type", "encounter_id"), errors.keySet());
        assertEquals("field.fileType", errors.get("file_type").key());
        assertEquals("field.encounter", errors.get("encounter_id").key(), "a malformed id reads like someone else's");
    }

    @Test
    void titleAndDescriptionAreBoundedInCharactersNotBytes() {
        Map<String, String> fields = documented();
        fields.put("title", "آ".repeat(MedicalFileForm.MAX_TITLE));
        fields.put("description", "ب".repeat(MedicalFileForm.MAX_DESCRIPTION));
        assertEquals(Map.of(), MedicalFileForm.read(fields, "a.pdf").errors());
        fields.put("title", "آ".repeat(MedicalFileForm.MAX_TITLE + 1));
        fields.put("description", "ب".repeat(MedicalFileForm.MAX_DESCRIPTION + 1));
        Map<String, FieldError> errors = MedicalFileForm.read(fields, "a.pdf").errors();
        assertEquals(Set.of("title", "description"), errors.keySet());
        assertEquals(FieldError.of("field.text", MedicalFileForm.MAX_TITLE).key(), errors.get("title").key());
        assertEquals(MedicalFileForm.MAX_DESCRIPTION, errors.get("description").arguments()[0]);
        fields = documented();
        fields.put("title", "a\0b");
        assertTrue(MedicalFileForm.read(fields, "a.pdf").errors().containsKey("title"), "no NUL in a title");
    }

    @Test
    void fileNamesLoseTheirFoldersAndAreBounded() {
        assertEquals("scan.png", MedicalFileForm.fileName("C:\\Users\\ali\\scan.png"));
        assertEquals("passwd", MedicalFileForm.fileName("../../etc/passwd"));
        assertEquals("file", MedicalFileForm.fileName(".."));
        assertEquals("file", MedicalFileForm.fileName("dir/"));
        assertEquals("ab.pdf", MedicalFileForm.fileName("a\nb.pdf"));
        assertNull(MedicalFileForm.fileName(null));
        String longest = "ن".repeat(MedicalFileForm.MAX_FILE_NAME - 4) + ".pdf";
        assertEquals(Map.of(), MedicalFileForm.read(documented(), longest).errors());
        Map<String, FieldError> errors = MedicalFileForm.read(documented(), "x" + longest).errors();
        assertEquals("field.fileName", errors.get("file").key());
    }

    @Test
    void encounterIdsAreCanonicalUuids() {
        assertEquals(ENCOUNTER, MedicalFileForm.uuid(ENCOUNTER.toUpperCase()));
        assertNull(MedicalFileForm.uuid("0b6f3c1e7d2a4c559d4e2f1a8b9c0d11"));
        assertNull(MedicalFileForm.uuid("1-1-1-1-1"));
        assertNull(MedicalFileForm.uuid(null));
    }

    @Test
    void theListsFiltersAreChecked() {
        MedicalFileFilter.Result read = MedicalFileFilter.read(Map.of("file_type", "imaging", "encounter_id", ENCOUNTER, "page", "2"));
        assertEquals(Map.of(), read.errors());
        assertEquals(new MedicalFileFilter("imaging", ENCOUNTER, new PageRequest(2, 20)), read.filter());
        assertEquals(Set.of("file_type", "encounter_id", "page_size"),
                MedicalFileFilter.read(Map.of("file_type", "x", "encounter_id", "y", "page_size", "101")).errors().keySet());
    }
}
