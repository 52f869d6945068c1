package navaa.clinic.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import navaa.clinic.entity.PatientProfile;
import navaa.identity.entity.Account;
import navaa.identity.entity.Role;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatientFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String DOCUMENTED = """
            {"first_name":"علی","last_name":"محمدی","national_id":"0012345678","date_of_birth":"1370-01-01",
             "gender":"male","email":"ali@example.com",
             "address":{"province":"تهران","city":"تهران","postal_code":"1234567890","address":"خیابان ولیعصر، پلاک 123"},
             "emergency_contact":{"name":"محمد محمدی","relationship":"برادر","phone_number":"+989123456789"},
             "medical_info":{"blood_type":"A+","height":175,"weight":70,"allergies":["پنی‌سیلین"],
               "chronic_diseases":["دیابت نوع 2"],"current_medications":["متفورمین"]},
             "insurance":{"provider":"تامین اجتماعی","number":"1234567890","expiry_date":"1403-12-29"}}""";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static PatientProfile profile() {
        return new PatientProfile(new Account("p989121234567", "!otp", EnumSet.of(Role.PATIENT)));
    }

    @Test
    void theDocumentsProfileIsAccepted() {
        PatientForm form = PatientForm.read(json(DOCUMENTED), true, TODAY);
        assertEquals(0, form.errors().size(), form.errors().toString());
        PatientProfile p = profile();
        form.applyTo(p);
        assertEquals("علی", p.getAccount().getFirstName());
        assertEquals(LocalDate.of(1991, 3, 21), p.getDateOfBirth());
        assertEquals(LocalDate.of(2025, 3, 19), p.getInsuranceExpiry());
        assertEquals("+989123456789", p.getEmergencyPhone());
        assertEquals(175.0, p.getHeight());
        assertEquals("[\"پنی‌سیلین\"]", p.getAllergies());
        assertTrue(p.isComplete());
    }

    @Test
    void patchChangesOnlyWhatIsSentEvenInsideAGroup() {
        PatientProfile p = profile();
        PatientForm.read(json(DOCUMENTED), true, TODAY).applyTo(p);
        PatientForm.read(json("{\"address\":{\"city\":\"شیراز\"},\"medical_info\":{\"weight\":72.5}}"), false, TODAY).applyTo(p);
        assertEquals("شیراز", p.getCity());
        assertEquals("تهران", p.getProvince());
        assertEquals(72.5, p.getWeight());
        assertEquals(175.0, p.getHeight());
        assertEquals("علی", p.getAccount().getFirstName());
    }

    @Test
    void putClearsWhatItLeavesOutAndNullClearsAGroup() {
        PatientProfile p = profile();
        PatientForm.read(json(DOCUMENTED), true, TODAY).applyTo(p);
        PatientForm.read(json("{\"insurance\":null}"), false, TODAY).applyTo(p);
        assertNull(p.getInsuranceProvider());
        assertEquals("0012345678", p.getNationalId());
        PatientForm.read(json("{\"first_name\":\"سارا\"}"), true, TODAY).applyTo(p);
        assertEquals("سارا", p.getAccount().getFirstName());
        assertNull(p.getNationalId());
        assertNull(p.getCity());
    }

    @Test
    void everyBadFieldIsNamedByItsPath() {
        PatientForm form = PatientForm.read(json("""
                {"national_id":"123","date_of_birth":"1370-12-31","gender":"other","email":"nope",
                 "address":{"postal_code":"12"},"emergency_contact":{"phone_number":"12345"},
                 "medical_info":{"blood_type":"C","height":5000,"allergies":"none"},
                 "insurance":{"expiry_date":"1403-13-01"},"first_name":42}"""), false, TODAY);
        assertEquals(Set.of("national_id", "date_of_birth", "gender", "email", "address.postal_code",
                "emergency_contact.phone_number", "medical_info.blood_type", "medical_info.height", "medical_info.allergies",
                "insurance.expiry_date", "first_name"), form.errors().keySet());
        assertEquals("field.birthDate", form.errors().get("date_of_birth").key());
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        PatientForm form = PatientForm.read(json("{\"date_of_birth\":\"1410-01-01\"}"), false, TODAY);
        assertEquals(Set.of("date_of_birth"), form.errors().keySet());
    }

    @Test
    void aGroupThatIsNoObjectIsRefused() {
        PatientForm form = PatientForm.read(json("{\"address\":\"Tehran\"}"), false, TODAY);
        assertEquals("field.object", form.errors().get("address").key());
    }
}
