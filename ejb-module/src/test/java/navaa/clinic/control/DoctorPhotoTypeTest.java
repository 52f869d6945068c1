package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DoctorPhotoTypeTest {

    @Test
    void pngAndJpegAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of("image/png"), DoctorPhotoType.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of("image/jpeg"), DoctorPhotoType.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    }

    @Test
    void anythingElseIsNot() {
        assertEquals(Optional.empty(), DoctorPhotoType.of("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DoctorPhotoType.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), DoctorPhotoType.of(new byte[]{(byte) 0x89, 'P'}));
        assertEquals(Optional.empty(), DoctorPhotoType.of(new byte[0]));
    }
}
