package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Doc 003's medical file upload form, checked field by field: {@code file_type} one of
 * lab_result, imaging, prescription, other; {@code title} required, at most {@value #MAX_TITLE}
 * characters; {@code description} optional, at most {@value #MAX_DESCRIPTION}; {@code encounter_id}
 * optional, an encounter's id (whether it is the patient's own is the store's question);
 * the file's name as sent, at most {@value #MAX_FILE_NAME} characters once its folders are dropped.
 */
public record MedicalFileForm(String fileType, String title, String description, String encounterId, String fileName) {

    public static final List<String> FILE_TYPES = List.of("lab_result", "imaging", "prescription", "other");
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_FILE_NAME = 255;

    public record Result(MedicalFileForm form, Map<String, FieldError> errors) {
    }

    /**
     * @param fields   the form's text fields, the first value of each (null or absent when not sent)
     * @param fileName the file part's submitted name, or null when there is no file part
     */
    public static Result read(Map<String, String> fields, String fileName) {
        Map<String, FieldError> errors = new LinkedHashMap<>();
        String name = fileName(fileName);
        if (fileName == null) {
            errors.put("file", FieldError.of("field.medicalFile"));
        } else if (name.length() > MAX_FILE_NAME) {
            errors.put("file", FieldError.of("field.fileName", MAX_FILE_NAME));
        }
        String type = blankToNull(fields.get("file_type"));
        if (type == null) {
            errors.put("file_type", FieldError.of("field.required"));
        } else if (!FILE_TYPES.contains(type)) {
            errors.put("file_type", FieldError.of("field.fileType"));
        }
        String title = blankToNull(fields.get("title"));
        if (title == null) {
            errors.put("title", FieldError.of("field.required"));
        } else if (!bounded(title, MAX_TITLE)) {
            errors.put("title", FieldError.of("field.text", MAX_TITLE));
        }
        String description = blankToNull(fields.get("description"));
        if (description != null && !bounded(description, MAX_DESCRIPTION)) {
            errors.put("description", FieldError.of("field.text", MAX_DESCRIPTION));
        }
        String encounter = blankToNull(fields.get("encounter_id"));
        if (encounter != null && uuid(encounter) == null) {
            errors.put("encounter_id", FieldError.of("field.encounter"));
        }
        return new Result(new MedicalFileForm(type, title, description, uuid(encounter), name), errors);
    }

    /**
     * The last segment of a submitted name (browsers on Windows used to send the whole path),
     * without control characters; {@code file} when nothing is left.
     */
    static String fileName(String submitted) {
        if (submitted == null) {
            return null;
        }
        String last = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        String clean = last.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "file" : clean;
    }

    /** A UUID in its canonical lower-case form, or null for anything else. */
    public static String uuid(String text) {
        if (text == null || text.length() != 36) {
            return null;
        }
        try {
            String canonical = UUID.fromString(text).toString();
            return canonical.equalsIgnoreCase(text) ? canonical : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean bounded(String text, int max) {
        return text.codePointCount(0, text.length()) <= max && text.indexOf('\0') < 0;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
