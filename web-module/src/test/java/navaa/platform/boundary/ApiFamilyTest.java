package navaa.platform.boundary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiFamilyTest {

    @ParameterizedTest
    @CsvSource({
            "/accounts/login/, AUDIO",
            "/api/denoise/upload/, AUDIO",
            "/api/vocal/separate/, AUDIO",
            "/api/vocal-separation/files/, AUDIO",
            "/api/boost/upload/, AUDIO",
            "/api/speaker/extract/, AUDIO",
            "/api/diarization/jobs/, AUDIO",
            "/api/projects/, CONTENT",
            "/api/auth/token/, CONTENT",
            "/api/v1/auth/token/, CLINIC",
            "/api/v1/patients/profile/, CLINIC",
            "/api/auth/login, CHAT",
            "/api/auth/me, CHAT",
            "/api/chats/abc/messages, CHAT",
            "/api/admin/users, CHAT",
            "/unknown, CONTENT",
            "api/chats, CHAT"
    })
    void familyFollowsThePath(String path, ApiFamily family) {
        assertEquals(family, ApiFamily.of(path));
    }

    @ParameterizedTest
    @CsvSource({"AUDIO, true", "CONTENT, true", "CLINIC, true", "CHAT, false"})
    void onlyTheChatFamilyGoesWithoutTheCsrfHeader(ApiFamily family, boolean djangoCsrf) {
        assertEquals(djangoCsrf, family.djangoCsrf());
    }
}
