package navaa.platform.boundary;

import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UrlencodedFormTest {

    @Test
    void fieldsAreDecodedAsUtf8() throws IOException {
        UrlencodedForm form = UrlencodedForm.read(new ByteArrayInputStream(
                "name=acceptance+speakers&other=%D8%B9%D9%84%DB%8C&name=second".getBytes(StandardCharsets.US_ASCII)), null);
        assertEquals(Optional.of("acceptance speakers"), form.first("name"));
        assertEquals(Optional.of("علی"), form.first("other"));
        assertEquals(Optional.empty(), form.first("missing"));
    }

    @Test
    void blankAndNamelessFieldsAreNoValue() {
        UrlencodedForm form = UrlencodedForm.parse("name=&flag&&=x&name=+", null);
        assertEquals(Optional.empty(), form.first("name"));
        assertEquals(Optional.empty(), form.first("flag"));
    }

    @Test
    void aBrokenEscapeIsABadRequest() {
        assertEquals(ErrorCode.BAD_REQUEST, assertThrows(NavaaException.class, () -> UrlencodedForm.parse("name=%zz", null)).code());
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        byte[] big = ("name=" + "x".repeat(UrlencodedForm.MAX_BYTES)).getBytes(StandardCharsets.US_ASCII);
        assertEquals(ErrorCode.BODY_TOO_LARGE, assertThrows(NavaaException.class,
                () -> UrlencodedForm.read(new ByteArrayInputStream(big), null)).code());
    }
}
