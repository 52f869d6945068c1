package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;

/**
 * A patient's score (1 to 5) of a completed visit. The doctor search averages them;
 * booking writes them, one per encounter.
 */
@Entity
@Table(name = "doctor_ratings")
public class DoctorRating extends NumberedEntity {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private long doctorAccountId;
    private Long patientAccountId;
    private String encounterId;
    private int score;
    private Instant createdAt;

    protected DoctorRating() {
    }

    public DoctorRating(long doctorAccountId, Long patientAccountId, String encounterId, int score) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("a rating is " + MIN + " to " + MAX + ": " + score);
        }
        this.doctorAccountId = doctorAccountId;
        this.patientAccountId = patientAccountId;
        this.encounterId = encounterId;
        this.score = score;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
    }

    public long getDoctorAccountId() { return doctorAccountId; }
    public Long getPatientAccountId() { return patientAccountId; }
    public String getEncounterId() { return encounterId; }
    public int getScore() { return score; }
    public Instant getCreatedAt() { return createdAt; }
}
