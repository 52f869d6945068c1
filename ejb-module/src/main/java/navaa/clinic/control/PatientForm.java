package navaa.clinic.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.clinic.entity.PatientProfile;
import navaa.platform.control.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A patient's edit of doc 003's profile, read from a JSON body and checked before anything
 * is stored. PUT replaces: a field left out is cleared. PATCH merges: only the fields sent
 * change (inside {@code address} and the other groups too). {@code id} and
 * {@code phone_number} are the sign-in identity and are not edited here.
 */
public final class PatientForm {

    private final Map<String, FieldError> errors = new LinkedHashMap<>();
    private final List<Consumer<PatientProfile>> changes = new ArrayList<>();
    private final LocalDate today;

    private PatientForm(LocalDate today) {
        this.today = today;
    }

    public static PatientForm read(JsonObject body, boolean replace, LocalDate today) {
        PatientForm form = new PatientForm(today);
        ProfileFields top = new ProfileFields(form, body, "", replace);
        top.text("first_name", 100, (p, v) -> p.getAccount().setFirstName(v));
        top.text("last_name", 100, (p, v) -> p.getAccount().setLastName(v));
        top.email("email", (p, v) -> p.getAccount().setEmail(v));
        top.digits("national_id", 10, "field.nationalId", PatientProfile::setNationalId);
        top.date("date_of_birth", true, PatientProfile::setDateOfBirth);
        top.choice("gender", List.of("male", "female"), "field.gender", PatientProfile::setGender);
        top.group("address", address -> {
            address.text("province", 100, PatientProfile::setProvince);
            address.text("city", 100, PatientProfile::setCity);
            address.digits("postal_code", 10, "field.postalCode", PatientProfile::setPostalCode);
            address.text("address", 500, PatientProfile::setAddress);
        });
        top.group("emergency_contact", contact -> {
            contact.text("name", 200, PatientProfile::setEmergencyName);
            contact.text("relationship", 100, PatientProfile::setEmergencyRelationship);
            contact.phone("phone_number", PatientProfile::setEmergencyPhone);
        });
        top.group("medical_info", medical -> {
            medical.choice("blood_type", List.of("A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"), "field.bloodType",
                    PatientProfile::setBloodType);
            medical.number("height", 30, 280, PatientProfile::setHeight);
            medical.number("weight", 1, 500, PatientProfile::setWeight);
            medical.list("allergies", PatientProfile::setAllergies);
            medical.list("chronic_diseases", PatientProfile::setChronicDiseases);
            medical.list("current_medications", PatientProfile::setCurrentMedications);
        });
        top.group("insurance", insurance -> {
            insurance.text("provider", 100, PatientProfile::setInsuranceProvider);
            insurance.text("number", 50, PatientProfile::setInsuranceNumber);
            insurance.date("expiry_date", false, PatientProfile::setInsuranceExpiry);
        });
        return form;
    }

    public Map<String, FieldError> errors() {
        return errors;
    }

    public void applyTo(PatientProfile profile) {
        changes.forEach(change -> change.accept(profile));
    }

    void error(String field, FieldError error) {
        errors.putIfAbsent(field, error);
    }

    <T> void change(BiConsumer<PatientProfile, T> setter, T value) {
        changes.add(p -> setter.accept(p, value));
    }

    LocalDate today() {
        return today;
    }

    static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
