package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A doctor's note in a patient's record (doc 003). Written once; a private note is read by its
 * author only, the others by the patient and by doctors the patient let see their history.
 */
@Entity
@Table(name = "clinic_notes")
public class ClinicalNote extends NumberedEntity {

    private String uuid;
    private long patientAccountId;
    private Long doctorAccountId;
    private Long encounterId;
    private String noteType;
    private String content;
    private boolean isPrivate;
    private String tags;
    private Instant createdAt;

    protected ClinicalNote() {
    }

    public ClinicalNote(long patientAccountId, long doctorAccountId, Long encounterId, String noteType, String content,
                        boolean isPrivate, String tags, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.patientAccountId = patientAccountId;
        this.doctorAccountId = doctorAccountId;
        this.encounterId = encounterId;
        this.noteType = noteType;
        this.content = content;
        this.isPrivate = isPrivate;
        this.tags = tags;
        this.createdAt = now;
    }

    public String getUuid() { return uuid; }
    public long getPatientAccountId() { return patientAccountId; }
    public Long getDoctorAccountId() { return doctorAccountId; }
    public Long getEncounterId() { return encounterId; }
    public String getNoteType() { return noteType; }
    public String getContent() { return content; }
    public boolean isPrivate() { return isPrivate; }
    public String getTags() { return tags; }
    public Instant getCreatedAt() { return createdAt; }
}
