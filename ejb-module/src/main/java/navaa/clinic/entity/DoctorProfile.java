package navaa.clinic.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
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
@NamedQuery(name = DoctorProfile.BY_ACCOUNT, query = "select p from DoctorProfile p where p.accountId = :account")
@NamedQuery(name = DoctorProfile.BY_ACCOUNTS, query = "select p from DoctorProfile p where p.accountId in :accounts")
public class DoctorProfile extends NumberedEntity {

    public static final String BY_ACCOUNT = "DoctorProfile.byAccount";
    public static final String BY_ACCOUNTS = "DoctorProfile.byAccounts";

    private long accountId;
    private String gender;
    private String specialtyCode;
    private String specialtyTitle;
    private String medicalCouncilNumber;
    private Integer experienceYears;
    private String province;
    private String city;
    private String address;

    @Embedded
    private DoctorVisits visits = new DoctorVisits();

    @Embedded
    private DoctorNotifications notifications = new DoctorNotifications();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "doctor_languages", joinColumns = @JoinColumn(name = "profile_id"))
    @OrderColumn(name = "position")
    @Column(name = "language")
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

    public DoctorProfile(long accountId) {
        this.accountId = accountId;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }

    public long getAccountId() { return accountId; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getSpecialtyCode() { return specialtyCode; }
    public String getSpecialtyTitle() { return specialtyTitle; }
    public void setSpecialty(String code, String title) { this.specialtyCode = code; this.specialtyTitle = title; }
    public String getMedicalCouncilNumber() { return medicalCouncilNumber; }
    public void setMedicalCouncilNumber(String number) { this.medicalCouncilNumber = number; }
    public Integer getExperienceYears() { return experienceYears; }
    public void setExperienceYears(Integer years) { this.experienceYears = years; }
    public String getProvince() { return province; }
    public String getCity() { return city; }
    public String getAddress() { return address; }
    public void setLocation(String province, String city, String address) {
        this.province = province;
        this.city = city;
        this.address = address;
    }
    public DoctorVisits getVisits() { return visits; }
    public DoctorNotifications getNotifications() { return notifications; }
    public List<String> getLanguages() { return List.copyOf(languages); }
    public void setLanguages(List<String> languages) { this.languages = new ArrayList<>(languages); }
    public List<String> getInsurances() { return List.copyOf(insurances); }
    public void setInsurances(List<String> insurances) { this.insurances = new ArrayList<>(insurances); }
    public List<DoctorBreak> getBreaks() { return List.copyOf(breaks); }
    public void setBreaks(List<DoctorBreak> breaks) { this.breaks = new ArrayList<>(breaks); }
    public Instant getUpdatedAt() { return updatedAt; }
}
