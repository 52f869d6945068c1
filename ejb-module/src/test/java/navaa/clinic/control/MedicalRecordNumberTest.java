package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MedicalRecordNumberTest {

    @Test
    void mrnAndTheAccountNumberPaddedToSixDigits() {
        assertEquals("MRN000042", MedicalRecordNumber.of(42));
        assertEquals("MRN123456", MedicalRecordNumber.of(123456));
        assertEquals("MRN1234567", MedicalRecordNumber.of(1234567), "a longer number is not cut");
    }

    @Test
    void aNameIsFirstAndLastOrNothing() {
        assertEquals("علی محمدی", PersonNames.full("علی", " محمدی "));
        assertEquals("علی", PersonNames.full("علی", null));
        assertNull(PersonNames.full(" ", null));
    }
}
