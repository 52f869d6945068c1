package navaa.clinic.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MedicalFileTypeTest {

    private static byte[] dicom() {
        byte[] head = new byte[MedicalFileType.HEAD + 10];
        System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, head, 128, 4);
        return head;
    }

    @Test
    void eachTypeIsKnownByItsContent() {
        assertEquals(Optional.of("application/pdf"), MedicalFileType.of("%PDF-1.4\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of("image/jpeg"), MedicalFileType.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of("image/png"), MedicalFileType.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertEquals(Optional.of("application/dicom"), MedicalFileType.of(dicom()));
        assertEquals(Optional.of("application/dicom"), MedicalFileType.of(Arrays.copyOf(dicom(), 132)), "exactly the preamble and DICM");
    }

    @Test
    void namesAndLooksAlikeAreNot() {
        assertEquals(Optional.empty(), MedicalFileType.of("this is a text file renamed report.pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), MedicalFileType.of("%PDF".getBytes(StandardCharsets.US_ASCII)), "the dash belongs to the magic");
        assertEquals(Optional.empty(), MedicalFileType.of(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)), "only at the start");
        assertEquals(Optional.empty(), MedicalFileType.of("GIF89a".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), MedicalFileType.of(new byte[]{(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), MedicalFileType.of(Arrays.copyOf(dicom(), 131)), "DICM cut short");
        byte[] early = new byte[200];
        System.arraycopy("DICM".getBytes(StandardCharsets.US_ASCII), 0, early, 0, 4);
        assertEquals(Optional.empty(), MedicalFileType.of(early), "DICM anywhere but at 128");
        assertEquals(Optional.empty(), MedicalFileType.of(new byte[0]));
        assertEquals(Optional.empty(), MedicalFileType.of(null));
    }

    @Test
    void downloadsAreNamedByTheContentsType() {
        assertEquals("pdf", MedicalFileType.extension("application/pdf"));
        assertEquals("jpg", MedicalFileType.extension("image/jpeg"));
        assertEquals("png", MedicalFileType.extension("image/png"));
        assertEquals("dcm", MedicalFileType.extension("application/dicom"));
    }
}
