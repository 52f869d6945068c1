package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which uploads the guard gives the media library's limit instead of NAVAA_UPLOAD_MAX_MB. */
class LibraryUploadPathsTest {

    private static HttpServletRequest request(String context, String uri) {
        Map<String, Object> answers = Map.of("getContextPath", context, "getRequestURI", uri);
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> answers.get(m.getName()));
    }

    @Test
    void theLibrarysUploadPathsOnly() {
        assertTrue(MultipartGuard.isLibraryUpload(request("", "/api/library/videos/")));
        assertTrue(MultipartGuard.isLibraryUpload(request("", "/api/admin/library")));
        assertTrue(MultipartGuard.isLibraryUpload(request("/navaa", "/navaa/api/library/videos/")));
        assertFalse(MultipartGuard.isLibraryUpload(request("", "/api/denoise/upload/")));
        assertFalse(MultipartGuard.isLibraryUpload(request("/navaa", "/api/library/videos/")), "outside the context");
        assertFalse(MultipartGuard.isLibraryUpload(request("", "/api/v1/patients/files/upload/")));
    }
}
