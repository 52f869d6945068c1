package navaa.platform.boundary;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static navaa.platform.boundary.MultipartBodies.BOUNDARY;
import static navaa.platform.boundary.MultipartBodies.random;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartGuardTest {

    @TempDir
    Path folder;
    private final MultipartGuard guard = new MultipartGuard();

    @BeforeEach
    void configure() throws Exception {
        guard.maxMegabytes = 1;
        guard.maxParts = 50;
        ServletContext context = stub(ServletContext.class, "getAttribute", folder.toFile());
        guard.init(stub(FilterConfig.class, "getServletContext", context));
    }

    @Test
    void thePartsFilesAreInTheWebModulesTemporaryFolderUntilTheRequestEnds() throws Exception {
        HttpServletRequest request = upload();
        AtomicReference<List<Path>> during = new AtomicReference<>();
        guard.doFilter(request, null, (wrapped, response) -> {
            Part part = ((HttpServletRequest) wrapped).getPart("audio_file");
            assertEquals(200_000, part.getSize());
            during.set(files());
        });
        assertEquals(1, during.get().size(), "the part past 16 KB is a file in the folder");
        Path own = during.get().get(0).getParent();
        assertEquals(folder, own.getParent());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(own)), "a folder only the server's user enters");
        assertEquals(List.of(), files(), "the file is deleted when the request ends");
        guard.destroy();
        assertFalse(Files.exists(own));
    }

    @Test
    void theFilesAreDeletedWhenTheResourceFailsToo() throws Exception {
        IllegalStateException failure = new IllegalStateException("the resource failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> guard.doFilter(upload(), null, (wrapped, response) -> {
            ((HttpServletRequest) wrapped).getParts();
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(List.of(), files());
    }

    @Test
    void otherRequestsPassAsTheyCame() throws Exception {
        HttpServletRequest json = StubRequest.of("application/json", MultipartBodies.counted(new byte[0]), null);
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        guard.doFilter(json, null, (request, response) -> seen.set(request));
        assertSame(json, seen.get());
        guard.doFilter(upload(), null, (request, response) -> seen.set(request));
        assertInstanceOf(MultipartRequest.class, seen.get());
    }

    private static HttpServletRequest upload() {
        byte[] body = new MultipartBodies().file("audio_file", "a.wav", random(200_000, 1)).bytes();
        return StubRequest.of("multipart/form-data; boundary=" + BOUNDARY, MultipartBodies.counted(body), null);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static <T> T stub(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> m.getName().equals(method) ? answer : null));
    }
}
