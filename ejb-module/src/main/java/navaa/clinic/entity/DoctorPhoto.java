package navaa.clinic.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/** A doctor's profile image (PNG or JPEG, checked by content), kept apart from the profile. */
@Entity
@Table(name = "doctor_photos")
@NamedQuery(name = DoctorPhoto.BY_PROFILE, query = "select p from DoctorPhoto p where p.profileId = :profile")
public class DoctorPhoto extends NumberedEntity {

    public static final String BY_PROFILE = "DoctorPhoto.byProfile";

    private long profileId;
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private Instant updatedAt;

    protected DoctorPhoto() {
    }

    public DoctorPhoto(long profileId) {
        this.profileId = profileId;
    }

    public void replace(String contentType, byte[] content) {
        this.contentType = contentType;
        this.content = content.clone();
        this.updatedAt = Instant.now();
    }

    public String getContentType() { return contentType; }
    public byte[] getContent() { return content.clone(); }
    public Instant getUpdatedAt() { return updatedAt; }
}
