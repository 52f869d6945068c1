package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/**
 * One read or change of a patient's data by someone else, allowed or refused: who, what,
 * when and under which grant or encounter. Written once and never changed.
 */
@Entity
@Table(name = "clinic_access_log")
public class AccessLogEntry extends NumberedEntity {

    private Long patientAccountId;
    private String patientRef;
    private long actorAccountId;
    private String actorRole;
    private String action;
    private String subject;
    private String grantUuid;
    private String encounterUuid;
    private boolean allowed;
    private Instant createdAt;

    protected AccessLogEntry() {
    }

    public AccessLogEntry(Long patientAccountId, String patientRef, long actorAccountId, String actorRole, String action,
                          String subject, String grantUuid, String encounterUuid, boolean allowed, Instant at) {
        this.patientAccountId = patientAccountId;
        this.patientRef = patientRef;
        this.actorAccountId = actorAccountId;
        this.actorRole = actorRole;
        this.action = action;
        this.subject = subject;
        this.grantUuid = grantUuid;
        this.encounterUuid = encounterUuid;
        this.allowed = allowed;
        this.createdAt = at;
    }

    public Long getPatientAccountId() { return patientAccountId; }
    public String getPatientRef() { return patientRef; }
    public long getActorAccountId() { return actorAccountId; }
    public String getActorRole() { return actorRole; }
    public String getAction() { return action; }
    public String getSubject() { return subject; }
    public String getGrantUuid() { return grantUuid; }
    public String getEncounterUuid() { return encounterUuid; }
    public boolean isAllowed() { return allowed; }
    public Instant getCreatedAt() { return createdAt; }
}
