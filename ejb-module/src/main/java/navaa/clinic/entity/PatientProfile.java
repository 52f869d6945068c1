package navaa.clinic.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import navaa.identity.entity.Account;
import navaa.platform.entity.NumberedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Doc 003's patient profile beyond what the account holds (name, email, phone): identity,
 * address, emergency contact, medical information and insurance. The three lists are JSON
 * arrays of strings, kept as text. Dates are Gregorian; the API shows them as Jalali.
 */
@Entity
@Table(name = "clinic_patients")
public class PatientProfile extends NumberedEntity {

    private String nationalId, gender;
    private LocalDate dateOfBirth;
    // the address, and whom to call in an emergency
    private String province, city, postalCode, address;
    private String emergencyName, emergencyRelationship, emergencyPhone;
    // medical information: the three lists are JSON arrays of strings
    private String bloodType, allergies, chronicDiseases, currentMedications;
    private Double height, weight;
    private String insuranceProvider, insuranceNumber;
    private LocalDate insuranceExpiry;
    private Instant createdAt, updatedAt;

    /** Name, email and phone are the account's: one person, one set of them. */
    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Version
    private long version;

    protected PatientProfile() {
    }

    public PatientProfile(Account account) {
        this.account = account;
    }

    @PrePersist
    @PreUpdate
    void stored() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** Doc 003's {@code is_profile_complete}: who the patient is, enough to book a visit. */
    public boolean isComplete() {
        return account.getFirstName() != null && account.getLastName() != null && nationalId != null
                && dateOfBirth != null && gender != null;
    }

    public Account getAccount() { return account; }
    public String getNationalId() { return nationalId; }
    public void setNationalId(String nationalId) { this.nationalId = nationalId; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String postalCode) { this.postalCode = postalCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getEmergencyName() { return emergencyName; }
    public void setEmergencyName(String emergencyName) { this.emergencyName = emergencyName; }
    public String getEmergencyRelationship() { return emergencyRelationship; }
    public void setEmergencyRelationship(String relationship) { this.emergencyRelationship = relationship; }
    public String getEmergencyPhone() { return emergencyPhone; }
    public void setEmergencyPhone(String emergencyPhone) { this.emergencyPhone = emergencyPhone; }
    public String getBloodType() { return bloodType; }
    public void setBloodType(String bloodType) { this.bloodType = bloodType; }
    public Double getHeight() { return height; }
    public void setHeight(Double height) { this.height = height; }
    public Double getWeight() { return weight; }
    public void setWeight(Double weight) { this.weight = weight; }
    public String getAllergies() { return allergies; }
    public void setAllergies(String allergies) { this.allergies = allergies; }
    public String getChronicDiseases() { return chronicDiseases; }
    public void setChronicDiseases(String chronicDiseases) { this.chronicDiseases = chronicDiseases; }
    public String getCurrentMedications() { return currentMedications; }
    public void setCurrentMedications(String currentMedications) { this.currentMedications = currentMedications; }
    public String getInsuranceProvider() { return insuranceProvider; }
    public void setInsuranceProvider(String insuranceProvider) { this.insuranceProvider = insuranceProvider; }
    public String getInsuranceNumber() { return insuranceNumber; }
    public void setInsuranceNumber(String insuranceNumber) { this.insuranceNumber = insuranceNumber; }
    public LocalDate getInsuranceExpiry() { return insuranceExpiry; }
    public void setInsuranceExpiry(LocalDate insuranceExpiry) { this.insuranceExpiry = insuranceExpiry; }
}
