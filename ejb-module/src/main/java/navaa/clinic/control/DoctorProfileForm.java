package navaa.clinic.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import navaa.clinic.entity.DoctorProfile;
import navaa.identity.entity.Account;
import navaa.platform.control.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A doctor's professional profile in doc 003's search-result words, as the doctor or an
 * admin edits it: every field optional, an absent field stays as it is, and within a sent
 * {@code specialty} or {@code location} object every field is replaced.
 */
public final class DoctorProfileForm {

    public static final Set<String> GENDERS = Set.of("male", "female");
    private static final Pattern SPECIALTY_CODE = Pattern.compile("[a-z0-9_-]{2,50}");
    private static final Pattern COUNCIL_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");

    private final DoctorFields fields = new DoctorFields();
    private final List<Consumer<DoctorProfile>> changes = new ArrayList<>();
    private final List<Consumer<Account>> nameChanges = new ArrayList<>();

    private DoctorProfileForm() {
    }

    public static DoctorProfileForm read(JsonObject sent) {
        JsonObject body = sent == null ? JsonValue.EMPTY_JSON_OBJECT : sent;
        DoctorProfileForm form = new DoctorProfileForm();
        form.names(body);
        form.gender(body);
        form.fields.section(body, "specialty", form::specialty);
        form.council(body);
        if (body.containsKey("experience_years")) {
            Long years = body.isNull("experience_years") ? null : form.fields.number(body, "experience_years", "experience_years", 0, 80);
            form.changes.add(p -> p.setExperienceYears(years == null ? null : years.intValue()));
        }
        form.fields.section(body, "location", form::location);
        if (body.containsKey("languages")) {
            List<String> languages = form.fields.texts(body, "languages", "languages", 10, 50);
            form.changes.add(p -> p.setLanguages(languages == null ? List.of() : languages));
        }
        if (body.containsKey("accepted_insurances")) {
            List<String> insurers = form.fields.texts(body, "accepted_insurances", "accepted_insurances", DoctorSettingsForm.MAX_INSURANCES, 100);
            form.changes.add(p -> p.setInsurances(insurers == null ? List.of() : insurers));
        }
        form.fee(body, "consultation_fee", (p, fee) -> p.getVisits().setInPersonFee(fee));
        form.fee(body, "online_consultation_fee", (p, fee) -> p.getVisits().setOnlineFee(fee));
        return form;
    }

    public Map<String, FieldError> errors() {
        return fields.errors();
    }

    /** Applies every field sent; only once {@link #errors()} is empty. */
    public void applyTo(DoctorProfile profile, Account account) {
        changes.forEach(change -> change.accept(profile));
        nameChanges.forEach(change -> change.accept(account));
    }

    private void names(JsonObject body) {
        if (body.containsKey("first_name")) {
            String first = fields.text(body, "first_name", "first_name", 100, false);
            nameChanges.add(a -> a.setFirstName(first));
        }
        if (body.containsKey("last_name")) {
            String last = fields.text(body, "last_name", "last_name", 100, false);
            nameChanges.add(a -> a.setLastName(last));
        }
    }

    private void gender(JsonObject body) {
        if (body.containsKey("gender")) {
            String gender = fields.matching(body, "gender", 10, GENDERS::contains, "field.gender");
            changes.add(p -> p.setGender(gender));
        }
    }

    private void council(JsonObject body) {
        if (body.containsKey("medical_council_number")) {
            String number = fields.matching(body, "medical_council_number", 20, n -> COUNCIL_NUMBER.matcher(n).matches(), "field.councilNumber");
            changes.add(p -> p.setCouncilNumber(number));
        }
    }

    /** {@code {"id": code, "title": text}}, both required. */
    private void specialty(JsonObject specialty) {
        String code = fields.text(specialty, "id", "specialty.id", 50, true);
        if (code != null && !SPECIALTY_CODE.matcher(code).matches()) {
            fields.error("specialty.id", "field.specialtyCode");
        }
        String title = fields.text(specialty, "title", "specialty.title", 100, true);
        changes.add(p -> p.setSpecialty(code, title));
    }

    private void location(JsonObject location) {
        DoctorProfile.Location read = new DoctorProfile.Location(fields.text(location, "province", "location.province", 100, false),
                fields.text(location, "city", "location.city", 100, false), fields.text(location, "address", "location.address", 500, false));
        changes.add(p -> p.setLocation(read));
    }

    private void fee(JsonObject body, String name, java.util.function.BiConsumer<DoctorProfile, Long> setter) {
        if (!body.containsKey(name)) {
            return;
        }
        Long fee = body.isNull(name) ? null : fields.number(body, name, name, 0, DoctorSettingsForm.MAX_FEE);
        changes.add(p -> setter.accept(p, fee));
    }
}
