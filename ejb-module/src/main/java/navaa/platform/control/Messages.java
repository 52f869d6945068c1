package navaa.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized texts for error codes and field errors, in English (the default) and
 * Persian. Bundles are UTF-8 properties files (Java 9+ reads them as UTF-8).
 */
public final class Messages {

    public static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final String BUNDLE = "navaa.platform.control.messages";

    private Messages() {
    }

    public static String of(ErrorCode code, Locale locale, Object... arguments) {
        return text(code.name(), locale, arguments);
    }

    public static String text(String key, Locale locale, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Persian when asked for, English otherwise: those are the two languages we ship. */
    public static Locale supported(Locale locale) {
        return locale != null && "fa".equals(locale.getLanguage()) ? PERSIAN : Locale.ROOT;
    }
}
