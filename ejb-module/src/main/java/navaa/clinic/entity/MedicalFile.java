package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * Doc 003's medical file: what a patient uploaded (a lab result, imaging, a prescription),
 * recognised by its content, its bytes kept under the data folder by {@code storedName}.
 */
@Entity
@Table(name = "clinic_medical_files")
public class MedicalFile extends NumberedEntity {

    /** What is known of the bytes once they are stored. */
    public record Content(String originalName, String mimeType, long size, String sha256, String storedName) {
    }

    private String uuid;
    private long patientAccountId;
    private String encounterUuid;
    private String fileType;
    private String title;
    private String description;
    private String originalName;
    private String mimeType;
    private long fileSize;
    private String sha256;
    private String storedName;
    private Instant uploadedAt;

    protected MedicalFile() {
    }

    public MedicalFile(long patientAccountId, String encounterUuid, String fileType, String title, String description,
                       Content content, Instant uploadedAt) {
        this.uuid = UUID.randomUUID().toString();
        this.patientAccountId = patientAccountId;
        this.encounterUuid = encounterUuid;
        this.fileType = fileType;
        this.title = title;
        this.description = description;
        this.originalName = content.originalName();
        this.mimeType = content.mimeType();
        this.fileSize = content.size();
        this.sha256 = content.sha256();
        this.storedName = content.storedName();
        this.uploadedAt = uploadedAt;
    }

    public String getUuid() { return uuid; }
    public long getPatientAccountId() { return patientAccountId; }
    public String getEncounterUuid() { return encounterUuid; }
    public String getFileType() { return fileType; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getOriginalName() { return originalName; }
    public String getMimeType() { return mimeType; }
    public long getFileSize() { return fileSize; }
    public String getSha256() { return sha256; }
    public String getStoredName() { return storedName; }
    public Instant getUploadedAt() { return uploadedAt; }
}
