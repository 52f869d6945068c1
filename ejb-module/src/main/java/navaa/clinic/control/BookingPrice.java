package navaa.clinic.control;

import java.util.List;

/**
 * What a visit costs and who pays it (rials): the doctor's fee for the visit type, and the
 * insurer's share of it when the patient uses an insurer the doctor accepts. The share is a
 * percentage, 60 by default as in doc 003's example (800000 of which 480000 insured).
 */
public record BookingPrice(long total, long insuranceDiscount) {

    public static final int DEFAULT_INSURANCE_PERCENT = 60;

    public long payable() {
        return total - insuranceDiscount;
    }

    /** The price of a visit of {@code fee} for a patient using {@code insurer} (null: none) at a doctor accepting {@code accepted}. */
    public static BookingPrice of(long fee, String insurer, List<String> accepted, int insurancePercent) {
        boolean insured = insurer != null && accepted.stream().anyMatch(a -> a.trim().equalsIgnoreCase(insurer.trim()));
        return new BookingPrice(fee, insured ? fee * insurancePercent / 100 : 0);
    }

    /** The share configured by {@code NAVAA_INSURANCE_SHARE_PERCENT} (0 to 100), else the default. */
    public static int configuredPercent(String setting) {
        try {
            int percent = Integer.parseInt(setting == null ? "" : setting.trim());
            return percent >= 0 && percent <= 100 ? percent : DEFAULT_INSURANCE_PERCENT;
        } catch (NumberFormatException e) {
            return DEFAULT_INSURANCE_PERCENT;
        }
    }
}
