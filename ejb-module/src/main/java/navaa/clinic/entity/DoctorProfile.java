package navaa.clinic.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A doctor's professional profile (doc 003's search result, field by field) and visit
 * settings, one per account with role doctor. Fees are rials, as doc 003's examples.
 */
@Entity
@Table(name = "doctor_profiles")
@NamedQuery(name = DoctorProfile.OF_ACCOUNTS, query = "select p from DoctorProfile p where p.accountId in :accounts")
public class DoctorProfile extends NumberedEntity {

    /** The profiles of the accounts in {@code :accounts}. */
    public static final String OF_ACCOUNTS = "DoctorProfile.ofAccounts";

    /** Doc 003's {@code specialty} ({@code id} is the code patients filter by), council number and years of experience. */
    public record Specialty(String code, String title, String councilNumber, Integer experienceYears) {
    }

    /** Doc 003's {@code location}: where the doctor sees patients in person. */
    public record Location(String province, String city, String address) {
    }

    @Column(updatable = false)
    private long accountId;

    @Column(length = 10)
    private String gender;

    @Column(length = 50)
    private String specialtyCode;

    @Column(length = 100)
    private String specialtyTitle;

    @Column(length = 20)
    private String medicalCouncilNumber;

    private Integer experienceYears;
    private String province;
    private String city;
    private String address;

    @Embedded
    private DoctorVisits visits = new DoctorVisits();

    @Embedded
    private DoctorNotifications notifications = new DoctorNotifications();

    /** Shown, never searched: kept in one column as a JSON array. */
    @Convert(converter = DoctorTexts.class)
    private List<String> languages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "doctor_insurances", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @Column(name = "insurer")
    private List<String> insurances = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "doctor_breaks", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    private List<DoctorBreak> breaks = new ArrayList<>();

    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected DoctorProfile() {
    }

    /** A blank profile; stored once the doctor or an admin first edits it. */
    public DoctorProfile(long accountId) {
        this.accountId = accountId;
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void touched() {
        updatedAt = Instant.now();
    }

    public Specialty specialty() {
        return new Specialty(specialtyCode, specialtyTitle, medicalCouncilNumber, experienceYears);
    }

    /** Code and title together: one without the other means nothing to a patient. */
    public void setSpecialty(String code, String title) {
        specialtyCode = code;
        specialtyTitle = title;
    }

    public void setCouncilNumber(String number) { medicalCouncilNumber = number; }
    public void setExperienceYears(Integer years) { experienceYears = years; }

    public Location location() {
        return new Location(province, city, address);
    }

    public void setLocation(Location location) {
        province = location.province();
        city = location.city();
        address = location.address();
    }

    public long getAccountId() { return accountId; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public DoctorVisits getVisits() { return visits; }
    public DoctorNotifications getNotifications() { return notifications; }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public void setLanguages(List<String> languages) {
        this.languages = new ArrayList<>(languages);
    }

    public List<String> getInsurances() {
        return List.copyOf(insurances);
    }

    public void setInsurances(List<String> insurances) {
        this.insurances = new ArrayList<>(insurances);
    }

    public List<DoctorBreak> getBreaks() {
        return List.copyOf(breaks);
    }

    public void setBreaks(List<DoctorBreak> breaks) {
        this.breaks = new ArrayList<>(breaks);
    }
}
