package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PhoneNumbersTest {

    @Test
    void bothDocumentedFormsBecomeE164() {
        assertEquals(Optional.of("+989121234567"), PhoneNumbers.normalize("09121234567"));
        assertEquals(Optional.of("+989121234567"), PhoneNumbers.normalize("+989121234567"));
        assertEquals(Optional.of("+989121234567"), PhoneNumbers.normalize(" 09121234567 "));
    }

    @Test
    void persianDigitsAreRead() {
        assertEquals(Optional.of("+989121234567"), PhoneNumbers.normalize("۰۹۱۲۱۲۳۴۵۶۷"));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[]{null, "", "9121234567", "0912123456", "091212345678", "+98912123456", "+979121234567",
                "08121234567", "+989121234567 1", "0912-123-4567", "00989121234567"}) {
            assertEquals(Optional.empty(), PhoneNumbers.normalize(bad), bad);
        }
    }

    @Test
    void theMaskIsTheDocumentsLocalForm() {
        assertEquals("0912***4567", PhoneNumbers.mask("+989121234567"));
    }
}
