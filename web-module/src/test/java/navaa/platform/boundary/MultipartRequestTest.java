package navaa.platform.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.MultipartBody;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MultipartRequestTest {

    private static final MultipartBody.Limits LIMITS = new MultipartBody.Limits(3, 1 << 20, 2 << 20, 16 * 1024);

    @TempDir
    Path folder;

    @Test
    void fieldsAndQueryParametersAreParametersAndFilesAreParts() throws Exception {
        byte[] audio = new byte[40_000];
        MultipartRequest request = request("\"b1\"", "x=%C3%A9&name=q", "--b1\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
                + "علی\r\n--b1\r\nContent-Disposition: form-data; name=\"samples\"; filename=\"a.wav\"\r\n\r\n", audio,
                "\r\n--b1--\r\n");

        assertEquals("q", request.getParameter("name"), "the query string's first, as the container orders them");
        assertArrayEquals(new String[] {"q", "علی"}, request.getParameterValues("name"));
        assertEquals("é", request.getParameter("x"));
        assertNull(request.getParameter("samples"), "a file is not a parameter");
        assertEquals(List.of("x", "name"), List.copyOf(request.getParameterMap().keySet()));
        assertEquals(audio.length, request.getPart("samples").getSize());
        assertEquals(2, request.getParts().size());
        assertEquals(1, files(), "the file past 16 KB is on disk");
        request.deleteFiles();
        assertEquals(0, files());
    }

    @Test
    void refusalsKeepTheContainersMeaningAndRepeat() throws Exception {
        String fourParts = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n".repeat(4) + "--b--\r\n";
        MultipartRequest tooMany = request("b", null, fourParts, new byte[0], "");
        NavaaException refused = assertThrows(NavaaException.class, () -> tooMany.getParameter("a"));
        assertEquals(ErrorCode.TOO_MANY_PARTS, refused.code());
        assertSame(refused, assertThrows(NavaaException.class, tooMany::getParts), "the body is read once");

        MultipartRequest tooLarge = request("b", null, "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n",
                new byte[(1 << 20) + 1], "\r\n--b--\r\n");
        assertThrows(IllegalStateException.class, () -> tooLarge.getPart("f"), "as the Servlet specification has it");

        MultipartRequest broken = request("b", null, "no parts here", new byte[0], "");
        assertEquals(ErrorCode.BAD_REQUEST, assertThrows(NavaaException.class, () -> broken.getParameter("a")).code());
        assertEquals(0, files());
    }

    private MultipartRequest request(String boundary, String query, String head, byte[] content, String tail) {
        byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), content, tail.getBytes(StandardCharsets.UTF_8));
        ServletInputStream in = new Body(body);
        Map<String, Object> answers = Map.of("getContentType", "multipart/form-data; boundary=" + boundary,
                "getInputStream", in, "getMethod", "POST");
        HttpServletRequest stub = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> method.getName().equals("getQueryString")
                        ? query : answers.get(method.getName()));
        return new MultipartRequest(stub, LIMITS, folder);
    }

    private long files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** A request body as the container hands it over. */
    private static final class Body extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        Body(byte[] body) {
            bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            return bytes.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
