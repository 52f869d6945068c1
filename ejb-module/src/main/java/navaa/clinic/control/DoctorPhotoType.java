package navaa.clinic.control;

import java.util.Optional;

/** What a profile image is by its first bytes (never by its name or declared type): PNG or JPEG. */
public final class DoctorPhotoType {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private DoctorPhotoType() {
    }

    /** {@code image/png} or {@code image/jpeg}; empty for anything else. */
    public static Optional<String> of(byte[] content) {
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return startsWith(content, JPEG) ? Optional.of("image/jpeg") : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
