package navaa.clinic.control;

import java.util.Optional;

/**
 * What a medical file is by its first bytes, never by its name or declared type (api-map:
 * "Medical files: PDF, images, DICOM"): PDF, JPEG, PNG, or DICOM's Part 10 file, whose
 * {@code DICM} follows a 128-byte preamble.
 */
public final class MedicalFileType {

    /** How many leading bytes {@link #of} needs to tell every type apart. */
    public static final int HEAD = 132;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] DICOM = {'D', 'I', 'C', 'M'};
    private static final int DICOM_OFFSET = 128;

    private MedicalFileType() {
    }

    /** {@code application/pdf}, {@code image/jpeg}, {@code image/png} or {@code application/dicom}; empty for anything else. */
    public static Optional<String> of(byte[] head) {
        if (at(head, 0, PDF)) {
            return Optional.of("application/pdf");
        }
        if (at(head, 0, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (at(head, 0, PNG)) {
            return Optional.of("image/png");
        }
        return at(head, DICOM_OFFSET, DICOM) ? Optional.of("application/dicom") : Optional.empty();
    }

    /** The extension a download is named with, so the file opens in the right program whatever it was uploaded as. */
    public static String extension(String mimeType) {
        return switch (mimeType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "application/dicom" -> "dcm";
            default -> "bin";
        };
    }

    private static boolean at(byte[] content, int offset, byte[] magic) {
        if (content == null || content.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[offset + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
