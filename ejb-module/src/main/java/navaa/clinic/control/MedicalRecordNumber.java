package navaa.clinic.control;

/**
 * Doc 003's {@code medical_record_number} ({@code MRN123456}): "MRN" and the patient's account
 * number, zero-padded to six digits. Worked out, not stored: it is the same for a patient
 * everywhere and for ever, needs no sequence of its own, and an account number is never reused.
 */
public final class MedicalRecordNumber {

    private MedicalRecordNumber() {
    }

    public static String of(long patientAccountId) {
        return String.format("MRN%06d", patientAccountId);
    }
}
