package navaa.identity.boundary;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether doc 004's login registers unknown users: {@code navaa.allow-auto-register}
 * (environment {@code NAVAA_ALLOW_AUTO_REGISTER}, like every setting), or the name doc 004's
 * own server read, {@code ALLOW_AUTO_REGISTER}, so an installation configured for it keeps
 * working. Off unless one of them is {@code true}.
 */
final class AutoRegistration {

    static final String SETTING = "navaa.allow-auto-register";
    static final String DOCUMENT_SETTING = "ALLOW_AUTO_REGISTER";

    private AutoRegistration() {
    }

    static boolean enabled() {
        Config config = ConfigProvider.getConfig();
        return config.getOptionalValue(SETTING, String.class).map(AutoRegistration::isTrue).orElse(false)
                || config.getOptionalValue(DOCUMENT_SETTING, String.class).map(AutoRegistration::isTrue).orElse(false);
    }

    private static boolean isTrue(String value) {
        return "true".equalsIgnoreCase(value.strip());
    }
}
