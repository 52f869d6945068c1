package navaa.clinic.control;

import navaa.platform.control.FieldError;

import java.util.Map;

/**
 * The medical file lists' parameters (extension), checked: {@code file_type} one of the
 * form's types, {@code encounter_id} an encounter's id, {@code page} and {@code page_size}.
 */
public record MedicalFileFilter(String fileType, String encounterId, PageRequest page) {

    public record Result(MedicalFileFilter filter, Map<String, FieldError> errors) {
    }

    public static Result read(Map<String, String> query) {
        QueryReader reader = new QueryReader(query);
        String type = reader.parsed("file_type", s -> MedicalFileForm.FILE_TYPES.contains(s) ? s : null, "field.fileType");
        String encounter = reader.parsed("encounter_id", MedicalFileForm::uuid, "field.encounterId");
        PageRequest page = PageRequest.read(reader);
        return new Result(new MedicalFileFilter(type, encounter, page), reader.errors());
    }
}
