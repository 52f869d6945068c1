package navaa.clinic.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import navaa.clinic.control.JalaliDates;
import navaa.clinic.control.TextLists;
import navaa.clinic.entity.PatientProfile;
import navaa.identity.entity.Account;

import java.time.LocalDate;

/** Doc 003's patient profile, field by field; what is not filled in yet is null (lists are empty). */
final class PatientJson {

    private PatientJson() {
    }

    static JsonObject of(PatientProfile p) {
        Account a = p.getAccount();
        return texts("id", a.getUuid(), "phone_number", a.getMobile(), "first_name", a.getFirstName(),
                "last_name", a.getLastName(), "national_id", p.getNationalId())
                .add("date_of_birth", date(p.getDateOfBirth()))
                .addAll(texts("gender", p.getGender(), "email", a.getEmail()))
                .add("address", texts("province", p.getProvince(), "city", p.getCity(), "postal_code", p.getPostalCode(),
                        "address", p.getAddress()))
                .add("emergency_contact", texts("name", p.getEmergencyName(), "relationship", p.getEmergencyRelationship(),
                        "phone_number", p.getEmergencyPhone()))
                .add("medical_info", texts("blood_type", p.getBloodType())
                        .add("height", number(p.getHeight()))
                        .add("weight", number(p.getWeight()))
                        .add("allergies", TextLists.read(p.getAllergies()))
                        .add("chronic_diseases", TextLists.read(p.getChronicDiseases()))
                        .add("current_medications", TextLists.read(p.getCurrentMedications())))
                .add("insurance", texts("provider", p.getInsuranceProvider(), "number", p.getInsuranceNumber())
                        .add("expiry_date", date(p.getInsuranceExpiry())))
                .build();
    }

    /** An object of text fields, given as name, value, name, value…; a missing value is null. */
    private static JsonObjectBuilder texts(String... namesAndValues) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            object.add(namesAndValues[i], text(namesAndValues[i + 1]));
        }
        return object;
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }

    private static JsonValue date(LocalDate day) {
        return day == null ? JsonValue.NULL : Json.createValue(JalaliDates.format(day));
    }

    /** 175, as the document writes it, unless a fraction was given (70.5). */
    private static JsonValue number(Double value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        return value == Math.rint(value) ? Json.createValue(value.longValue()) : Json.createValue(value);
    }
}
