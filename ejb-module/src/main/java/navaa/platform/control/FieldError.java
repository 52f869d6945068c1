package navaa.platform.control;

import java.util.Locale;

/** What is wrong with one field: a message key of the bundle and its arguments (e.g. a minimum length). */
public record FieldError(String key, Object... arguments) {

    public static FieldError of(String key, Object... arguments) {
        return new FieldError(key, arguments);
    }

    public String text(Locale locale) {
        return Messages.text(key, locale, arguments);
    }
}
