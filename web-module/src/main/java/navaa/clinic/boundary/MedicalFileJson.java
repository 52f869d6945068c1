package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.clinic.entity.MedicalFile;

import java.net.URI;

/** Doc 003's medical file as its upload answers it, and as the lists and the metadata show it. */
final class MedicalFileJson {

    private MedicalFileJson() {
    }

    /** Exactly doc 003's 201 body; nothing analyses files yet, so is_analyzed is false and ai_analysis null. */
    static JsonObjectBuilder uploaded(MedicalFile f, URI base) {
        return Json.createObjectBuilder()
                .add("id", f.getUuid())
                .add("title", f.getTitle())
                .add("file_type", f.getFileType())
                .add("file_url", downloadUrl(base, f))
                .add("file_size", f.getFileSize())
                .add("mime_type", f.getMimeType())
                .add("uploaded_at", DoctorJson.timestamp(f.getUploadedAt()))
                .add("is_analyzed", false)
                .add("ai_analysis", JsonValue.NULL);
    }

    /** The upload's fields and, as extensions, the description and the encounter it is attached to. */
    static JsonObject listed(MedicalFile f, URI base) {
        return uploaded(f, base)
                .add("description", f.getDescription() == null ? JsonValue.NULL : Json.createValue(f.getDescription()))
                .add("encounter_id", f.getEncounterUuid() == null ? JsonValue.NULL : Json.createValue(f.getEncounterUuid()))
                .build();
    }

    /** The absolute URL the file is downloaded at, as Django REST framework writes file fields. */
    static String downloadUrl(URI base, MedicalFile f) {
        return base.resolve("api/v1/patients/medical-files/" + f.getUuid() + "/download/").toString();
    }
}
