package navaa.clinic.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import navaa.clinic.entity.PatientProfile;
import navaa.platform.control.FieldError;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The fields of one JSON object of a {@link PatientForm} (the top level or a group such as
 * {@code address}): each read, checked, and turned into a change, or into a field error
 * named by its dotted path ({@code address.postal_code}).
 */
final class ProfileFields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LIST = 50;
    private static final int MAX_LIST_ITEM = 200;

    private final PatientForm form;
    private final JsonObject object;
    private final String prefix;
    private final boolean replace;

    ProfileFields(PatientForm form, JsonObject object, String prefix, boolean replace) {
        this.form = form;
        this.object = object;
        this.prefix = prefix;
        this.replace = replace;
    }

    /** A nested object: sent as an object, its fields; sent as null, all cleared; absent, cleared only by PUT. */
    void group(String name, Consumer<ProfileFields> fields) {
        JsonValue value = object.get(name);
        if (value != null && !PatientForm.isNull(value) && value.getValueType() != JsonValue.ValueType.OBJECT) {
            form.error(prefix + name, FieldError.of("field.object"));
            return;
        }
        // PUT clears what it leaves out; PATCH only does when the whole group is sent as null
        boolean clears = replace || (value != null && PatientForm.isNull(value));
        JsonObject inner = value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
        fields.accept(new ProfileFields(form, inner, prefix + name + ".", clears));
    }

    void text(String name, int max, BiConsumer<PatientProfile, String> setter) {
        read(name, value -> value instanceof JsonString s && !s.getString().isBlank() && s.getString().strip().length() <= max
                ? Optional.of(s.getString().strip()) : Optional.empty(), FieldError.of("field.text", max), setter);
    }

    void digits(String name, int length, String message, BiConsumer<PatientProfile, String> setter) {
        read(name, value -> value instanceof JsonString s && Digits.latin(s.getString().strip()).matches("\\d{" + length + "}")
                ? Optional.of(Digits.latin(s.getString().strip())) : Optional.empty(), FieldError.of(message), setter);
    }

    void email(String name, BiConsumer<PatientProfile, String> setter) {
        read(name, value -> value instanceof JsonString s && s.getString().strip().length() <= 254
                && EMAIL.matcher(s.getString().strip()).matches() ? Optional.of(s.getString().strip()) : Optional.empty(),
                FieldError.of("field.email"), setter);
    }

    void phone(String name, BiConsumer<PatientProfile, String> setter) {
        read(name, value -> value instanceof JsonString s ? PhoneNumbers.normalize(s.getString()) : Optional.empty(),
                FieldError.of("field.phone"), setter);
    }

    void choice(String name, List<String> allowed, String message, BiConsumer<PatientProfile, String> setter) {
        read(name, value -> value instanceof JsonString s && allowed.contains(s.getString())
                ? Optional.of(s.getString()) : Optional.empty(), FieldError.of(message), setter);
    }

    /** A Jalali date; a birth date may not be after today. */
    void date(String name, boolean past, BiConsumer<PatientProfile, LocalDate> setter) {
        read(name, value -> value instanceof JsonString s ? JalaliDates.parse(s.getString())
                .filter(day -> !past || !day.isAfter(form.today())) : Optional.empty(),
                FieldError.of(past ? "field.birthDate" : "field.jalaliDate"), setter);
    }

    void number(String name, int min, int max, BiConsumer<PatientProfile, Double> setter) {
        read(name, value -> value instanceof JsonNumber n && n.doubleValue() >= min && n.doubleValue() <= max
                ? Optional.of(n.doubleValue()) : Optional.empty(), FieldError.of("field.between", min, max), setter);
    }

    void list(String name, BiConsumer<PatientProfile, String> setter) {
        read(name, value -> value instanceof jakarta.json.JsonArray array ? TextLists.write(array, MAX_LIST, MAX_LIST_ITEM)
                : Optional.empty(), FieldError.of("field.textList", MAX_LIST, MAX_LIST_ITEM), setter);
    }

    private <T> void read(String name, java.util.function.Function<JsonValue, Optional<T>> parse, FieldError error,
                          BiConsumer<PatientProfile, T> setter) {
        JsonValue value = object.get(name);
        if (value == null) {
            if (replace) {
                form.change(setter, null);
            }
            return;
        }
        if (PatientForm.isNull(value)) {
            form.change(setter, null);
            return;
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isPresent()) {
            form.change(setter, parsed.get());
        } else {
            form.error(prefix + name, error);
        }
    }
}
