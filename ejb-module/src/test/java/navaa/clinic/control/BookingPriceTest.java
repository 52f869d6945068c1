package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BookingPriceTest {

    @Test
    void anAcceptedInsurerPaysTheDocumentsShare() {
        BookingPrice price = BookingPrice.of(800000, "تامین اجتماعی", List.of("ایران", "تامین اجتماعی"), BookingPrice.DEFAULT_INSURANCE_PERCENT);
        assertEquals(800000, price.total());
        assertEquals(480000, price.insuranceDiscount());
        assertEquals(320000, price.payable());
    }

    @Test
    void anInsurerTheDoctorDoesNotAcceptOrNoneLeavesThePatientTheWholeFee() {
        assertEquals(0, BookingPrice.of(600000, "دی", List.of("ایران"), 60).insuranceDiscount());
        assertEquals(600000, BookingPrice.of(600000, null, List.of("ایران"), 60).payable());
    }

    @Test
    void theShareIsConfigurableWithinZeroToAHundred() {
        assertEquals(70, BookingPrice.configuredPercent("70"));
        assertEquals(0, BookingPrice.configuredPercent(" 0 "));
        assertEquals(60, BookingPrice.configuredPercent(null));
        assertEquals(60, BookingPrice.configuredPercent("150"));
        assertEquals(60, BookingPrice.configuredPercent("half"));
        assertEquals(350000, BookingPrice.of(500000, "ایران", List.of("ایران"), 70).insuranceDiscount());
    }

    @Test
    void theReferenceIsTheDocumentsFormatWithAFourLetterSuffix() {
        String reference = BookingReference.of(Instant.parse("2024-01-25T15:00:00Z"));
        assertTrue(reference.matches("HLS-2024-0125-1500-[2-9A-HJ-NP-Z]{4}"), reference);
    }
}
