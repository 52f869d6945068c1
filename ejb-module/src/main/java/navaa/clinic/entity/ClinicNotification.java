package navaa.clinic.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a doctor is told of (doc 003's dashboard notifications): its type and the facts
 * of the event. The text is written when the doctor reads it, in the language of that request.
 */
@Entity
@Table(name = "clinic_notifications")
public class ClinicNotification extends NumberedEntity {

    public static final String NEW_APPOINTMENT = "new_appointment";
    public static final String APPOINTMENT_CANCELLED = "appointment_cancelled";

    private String uuid;
    private long accountId;
    private String type;
    private String patientName;
    private String encounterId;
    private Instant visitAt;
    private Instant createdAt;

    @Column(name = "is_read")
    private boolean read;

    protected ClinicNotification() {
    }

    /** What happened to the visit {@code encounter} at {@code now}, told to {@code doctorAccountId}. */
    public ClinicNotification(long doctorAccountId, String type, String patientName, Encounter encounter, Instant now) {
        this.uuid = UUID.randomUUID().toString();
        this.accountId = doctorAccountId;
        this.type = type;
        this.patientName = patientName;
        this.encounterId = encounter.getUuid();
        this.visitAt = encounter.getScheduledAt();
        this.createdAt = now;
    }

    public void markRead() {
        this.read = true;
    }

    public String getUuid() { return uuid; }
    public long getAccountId() { return accountId; }
    public String getType() { return type; }
    public String getPatientName() { return patientName; }
    public String getEncounterId() { return encounterId; }
    public Instant getVisitAt() { return visitAt; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isRead() { return read; }
}
