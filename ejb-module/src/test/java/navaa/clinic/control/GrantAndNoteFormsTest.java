package navaa.clinic.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GrantAndNoteFormsTest {

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    @Test
    void aGrantsPatientPhoneIsMaskedAsDocThreeShowsIt() {
        assertEquals("+9891****4567", PhoneNumbers.maskInternational("+989121234567"));
        assertEquals("+9893****0000", PhoneNumbers.maskInternational("+989351230000"));
    }

    @Test
    void docThreesGrantRequestReadsAsIs() {
        GrantForm.Result read = GrantForm.read(json("""
                {"patient_phone": "+989121234567", "access_duration_hours": 72,
                 "permissions": ["view_history", "view_reports", "add_notes"], "reason": "پیگیری درمان"}"""));
        assertEquals(Set.of(), read.errors().keySet());
        assertEquals("+989121234567", read.form().phone());
        assertEquals(Duration.ofHours(72), read.form().duration());
        assertEquals(EnumSet.allOf(Permission.class), read.form().permissions());
        assertEquals("پیگیری درمان", read.form().reason());
        assertEquals("+989121234567", GrantForm.read(json("""
                {"patient_phone": "09121234567", "access_duration_hours": 1, "permissions": ["add_notes"]}""")).form().phone());
    }

    @Test
    void aBadGrantRequestNamesEachField() {
        assertEquals(Set.of("patient_phone", "access_duration_hours", "permissions"), GrantForm.read(json("{}")).errors().keySet());
        GrantForm.Result bad = GrantForm.read(json("""
                {"patient_phone": "12345", "access_duration_hours": 721, "permissions": ["view_history", "delete_all"],
                 "reason": "%s"}""".formatted("x".repeat(501))));
        assertEquals(Set.of("patient_phone", "access_duration_hours", "permissions", "reason"), bad.errors().keySet());
        assertNull(bad.form());
        assertEquals(Set.of("access_duration_hours", "permissions"), GrantForm.read(json("""
                {"patient_phone": "09121234567", "access_duration_hours": 1.5, "permissions": []}""")).errors().keySet());
        assertEquals(Set.of("access_duration_hours"), GrantForm.read(json("""
                {"patient_phone": "09121234567", "access_duration_hours": 0, "permissions": ["view_reports"]}""")).errors().keySet());
        assertEquals(Set.of("permissions"), GrantForm.read(json("""
                {"patient_phone": "09121234567", "access_duration_hours": 2, "permissions": "view_reports"}""")).errors().keySet());
    }

    @Test
    void docThreesNoteReadsAsIsAndBadFieldsAreNamed() {
        NoteForm.Result read = NoteForm.read(json("""
                {"encounter_id": "encounter_id", "note_type": "clinical",
                 "content": "بیمار به درمان پاسخ مناسبی داده است. ادامه مصرف دارو توصیه می‌شود.",
                 "is_private": false, "tags": ["followup", "medication"]}"""));
        assertEquals(Set.of(), read.errors().keySet());
        assertEquals("encounter_id", read.form().encounterId());
        assertEquals("clinical", read.form().noteType());
        assertFalse(read.form().isPrivate());
        assertEquals("[\"followup\",\"medication\"]", read.form().tags());
        NoteForm plain = NoteForm.read(json("{\"content\": \"  ok  \"}")).form();
        assertEquals(new NoteForm(null, "clinical", "ok", false, "[]"), plain);
        assertTrue(NoteForm.read(json("{\"content\": \"x\", \"is_private\": true}")).form().isPrivate());

        NoteForm.Result bad = NoteForm.read(json("""
                {"encounter_id": 5, "note_type": "gossip", "content": "   ", "is_private": "yes", "tags": [1]}"""));
        assertEquals(Set.of("encounter_id", "note_type", "content", "is_private", "tags"), bad.errors().keySet());
        assertEquals(Set.of("content", "tags", "encounter_id"), NoteForm.read(json("""
                {"encounter_id": "%s", "content": "%s", "tags": ["a","b","c","d","e","f","g","h","i","j","k"]}"""
                .formatted("e".repeat(37), "x".repeat(NoteForm.MAX_CONTENT + 1)))).errors().keySet());
    }

    @Test
    void theQrCodeIsAPngThatReadsBackToItsText() throws Exception {
        byte[] png = QrCodes.png(QrCodes.accessText("ABC234"));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(QrCodes.SIZE, image.getWidth());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals("helssa-access:ABC234", read);
    }

    @Test
    void wrongCodesAreLimitedPerPatientAndARightOneDoesNotCount() {
        ApprovalAttempts attempts = new ApprovalAttempts(java.time.Clock.systemUTC());
        for (int i = 0; i < 10; i++) {
            assertTrue(attempts.attempt(1).allowed());
            attempts.succeeded(1);
        }
        for (int i = 0; i < ApprovalAttempts.MAX_FAILURES; i++) {
            assertTrue(attempts.attempt(1).allowed(), "attempt " + i);
        }
        assertFalse(attempts.attempt(1).allowed());
        assertEquals(0, attempts.standing(1).remaining());
        assertTrue(attempts.attempt(2).allowed(), "another patient's budget");
    }
}
