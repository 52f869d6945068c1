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
        return Json.createObjectBuilder()
                .add("id", a.getUuid())
                .add("phone_number", text(a.getMobile()))
                .add("first_name", text(a.getFirstName()))
                .add("last_name", text(a.getLastName()))
                .add("national_id", text(p.getNationalId()))
                .add("date_of_birth", date(p.getDateOfBirth()))
                .add("gender", text(p.getGender()))
                .add("email", text(a.getEmail()))
                .add("address", Json.createObjectBuilder()
                        .add("province", text(p.getProvince()))
                        .add("city", text(p.getCity()))
                        .add("postal_code", text(p.getPostalCode()))
                        .add("address", text(p.getAddress())))
                .add("emergency_contact", Json.createObjectBuilder()
                        .add("name", text(p.getEmergencyName()))
                        .add("relationship", text(p.getEmergencyRelationship()))
                        .add("phone_number", text(p.getEmergencyPhone())))
                .add("medical_info", medical(p))
                .add("insurance", Json.createObjectBuilder()
                        .add("provider", text(p.getInsuranceProvider()))
                        .add("number", text(p.getInsuranceNumber()))
                        .add("expiry_date", date(p.getInsuranceExpiry())))
                .build();
    }

    private static JsonObjectBuilder medical(PatientProfile p) {
        return Json.createObjectBuilder()
                .add("blood_type", text(p.getBloodType()))
                .add("height", number(p.getHeight()))
                .add("weight", number(p.getWeight()))
                .add("allergies", TextLists.read(p.getAllergies()))
                .add("chronic_diseases", TextLists.read(p.getChronicDiseases()))
                .add("current_medications", TextLists.read(p.getCurrentMedications()));
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
