package navaa.clinic.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Iranian mobile numbers as doc 003's clients write them ({@code 09121234567} or
 * {@code +989121234567}, api-map §4) and as they are stored: E.164.
 */
public final class PhoneNumbers {

    private static final Pattern LOCAL = Pattern.compile("09\\d{9}");
    private static final Pattern E164 = Pattern.compile("\\+989\\d{9}");

    private PhoneNumbers() {
    }

    /** The number in E.164, or empty when it is not an Iranian mobile number in either form. */
    public static Optional<String> normalize(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String n = Digits.latin(number.strip());
        if (LOCAL.matcher(n).matches()) {
            return Optional.of("+98" + n.substring(1));
        }
        return E164.matcher(n).matches() ? Optional.of(n) : Optional.empty();
    }

    /** Doc 003's {@code masked_phone}: the local form with the middle hidden, {@code 0912***4567}. */
    public static String mask(String e164) {
        String local = "0" + e164.substring(3);
        return local.substring(0, 4) + "***" + local.substring(local.length() - 4);
    }

    /** Doc 003's {@code patient.phone_number} of an access grant: E.164 with the middle hidden, {@code +9891****4567}. */
    public static String maskInternational(String e164) {
        return e164.substring(0, 5) + "****" + e164.substring(e164.length() - 4);
    }
}
