package navaa.platform.control;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void everyCodeHasATextInBothLanguages() {
        for (ErrorCode code : ErrorCode.values()) {
            String english = Messages.of(code, Locale.ENGLISH, 5);
            String persian = Messages.of(code, Messages.PERSIAN, 5);
            assertNotEquals(code.name(), english, code + " has no English text");
            assertNotEquals(code.name(), persian, code + " has no Persian text");
            assertNotEquals(english, persian, code + " is not translated");
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("messages.properties").keySet(), load("messages_fa.properties").keySet());
    }

    /** Two features adding the same key would silently keep only the later text. */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : new String[]{"messages.properties", "messages_fa.properties"}) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            try (InputStream in = Messages.class.getResourceAsStream(bundle)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    int equals = line.indexOf('=');
                    if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                        assertTrue(seen.add(line.substring(0, equals).strip()), bundle + " has " + line.substring(0, equals) + " twice");
                    }
                }
            }
        }
    }

    @Test
    void doc004sPersianReasonsAreWordForWord() {
        assertEquals("حساب کاربری غیرفعال است", Messages.of(ErrorCode.ACCOUNT_INACTIVE, Messages.PERSIAN));
        assertEquals("حساب کاربری منقضی شده است", Messages.of(ErrorCode.ACCOUNT_EXPIRED, Messages.PERSIAN));
        assertEquals("نمی‌توان ادمین خود را حذف کرد", Messages.of(ErrorCode.CANNOT_DELETE_SELF, Messages.PERSIAN));
        assertEquals("نام کاربری و گذرواژه لازم است", Messages.of(ErrorCode.CREDENTIALS_REQUIRED, Messages.PERSIAN));
        assertEquals("تعداد چت‌ها به حد مجاز رسیده", Messages.of(ErrorCode.CHAT_LIMIT_REACHED, Messages.PERSIAN));
        assertEquals("تعداد پیام‌ها در این چت به حد مجاز رسیده", Messages.of(ErrorCode.MESSAGE_LIMIT_REACHED, Messages.PERSIAN));
        assertEquals("موضوع چت لازم است", Messages.of(ErrorCode.CHAT_SUBJECT_REQUIRED, Messages.PERSIAN));
        assertEquals("محتوای پیام لازم است", Messages.of(ErrorCode.MESSAGE_CONTENT_REQUIRED, Messages.PERSIAN));
        assertEquals("چت یافت نشد", Messages.of(ErrorCode.CHAT_NOT_FOUND, Messages.PERSIAN));
    }

    @Test
    void argumentsAreFilledAndUnknownLanguagesFallBackToEnglish() {
        assertTrue(Messages.of(ErrorCode.TOO_MANY_REQUESTS, Locale.GERMAN, 42).contains("42"));
        assertEquals(Locale.ROOT, Messages.supported(Locale.GERMAN));
        assertEquals(Messages.PERSIAN, Messages.supported(Locale.forLanguageTag("fa-IR")));
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/navaa/platform/control/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
