package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import navaa.clinic.control.Permission;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A doctor's temporary access to one patient's data. It opens nothing while pending: the
 * patient approves it with its code, and may revoke it at any time; past its expiry it is
 * as good as revoked.
 */
@Entity
@Table(name = "clinic_access_grants")
public class AccessGrant extends NumberedEntity {

    public static final String PENDING = "pending", APPROVED = "approved", REVOKED = "revoked";

    private String uuid;
    private String accessCode;
    private long doctorAccountId;
    private long patientAccountId;
    private String permissions;
    private String reason;
    private String status;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant approvedAt;
    private Instant revokedAt;

    protected AccessGrant() {
    }

    public AccessGrant(String accessCode, long doctorAccountId, long patientAccountId, Set<Permission> permissions,
                       String reason, Instant now, Instant expiresAt) {
        this.uuid = UUID.randomUUID().toString();
        this.accessCode = accessCode;
        this.doctorAccountId = doctorAccountId;
        this.patientAccountId = patientAccountId;
        this.permissions = Permission.join(permissions);
        this.reason = reason;
        this.status = PENDING;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Whether it lets its doctor do this now. */
    public boolean opens(Permission permission, Instant now) {
        return APPROVED.equals(status) && now.isBefore(expiresAt) && getPermissions().contains(permission);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public void approve(Instant now) {
        status = APPROVED;
        approvedAt = now;
    }

    public void revoke(Instant now) {
        status = REVOKED;
        revokedAt = now;
    }

    public String getUuid() { return uuid; }
    public String getAccessCode() { return accessCode; }
    public long getDoctorAccountId() { return doctorAccountId; }
    public long getPatientAccountId() { return patientAccountId; }
    public Set<Permission> getPermissions() { return Permission.split(permissions); }
    public String getReason() { return reason; }
    public String getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
