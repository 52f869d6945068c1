package navaa.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static navaa.platform.boundary.MultipartBodies.BOUNDARY;
import static navaa.platform.boundary.MultipartBodies.random;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartRequestTest {

    private static final int THRESHOLD = 16 * 1024;
    /** 1,144 bytes in UTF-8: more than FileUpload's default limit on a part's headers. */
    private static final String LONG_NAME = "ضبط جلسه شورای پزشکی بیمارستان ".repeat(20) + ".wav";
    private static final MultipartRequest.Limits LIMITS = new MultipartRequest.Limits(50, 1 << 20, 4 << 20, THRESHOLD);

    @TempDir
    Path folder;

    @Test
    void fieldsAndQueryParametersAreParametersAndFilesAreParts() throws Exception {
        byte[] audio = random(300_000, 1);
        // bytes that look like the start of the delimiter must stay content
        byte[] tricky = ("a\r\n--" + BOUNDARY.substring(0, 10) + "\r\n-").getBytes(StandardCharsets.ISO_8859_1);
        byte[] body = new MultipartBodies().preamble("ignored preamble\r\n").field("name", "علی")
                .file("samples", "a.wav", audio).file("samples", "b.wav", tricky).field("empty", "").bytes();
        MultipartRequest request = request(body, "x=%C3%A9&name=q", LIMITS);

        assertEquals("q", request.getParameter("name"), "the query string's first, as the container orders them");
        assertArrayEquals(new String[] {"q", "علی"}, request.getParameterValues("name"));
        assertEquals("é", request.getParameter("x"));
        assertEquals("", request.getParameter("empty"));
        assertNull(request.getParameter("samples"), "a file is not a parameter");
        assertEquals(List.of("x", "name", "empty"), List.copyOf(request.getParameterMap().keySet()));

        List<Part> parts = List.copyOf(request.getParts());
        assertEquals(4, parts.size());
        assertNull(parts.get(0).getSubmittedFileName());
        assertEquals("a.wav", request.getPart("samples").getSubmittedFileName(), "the first part of that name");
        assertEquals(audio.length, parts.get(1).getSize());
        assertArrayEquals(audio, content(parts.get(1)));
        assertArrayEquals(tricky, content(parts.get(2)));
        assertEquals("application/octet-stream", parts.get(2).getContentType());
        assertEquals("form-data; name=\"samples\"; filename=\"b.wav\"", parts.get(2).getHeader("content-disposition"));
        assertEquals(List.of("content-disposition", "content-type"), List.copyOf(parts.get(2).getHeaderNames()));
    }

    @Test
    void partsReachingTheThresholdGoToFilesInTheFolderAndAreDeletedAtTheEnd() throws Exception {
        MultipartRequest request = request(new MultipartBodies().file("big", "big.bin", random(THRESHOLD + 1, 2))
                .file("small", "small.bin", random(THRESHOLD - 1, 3)).bytes(), null, LIMITS);
        assertEquals(2, request.getParts().size());
        assertEquals(1, files(), "only the part past the threshold is on disk");
        request.getPart("big").write("kept.bin");
        assertArrayEquals(random(THRESHOLD + 1, 2), Files.readAllBytes(folder.resolve("kept.bin")));
        Files.delete(folder.resolve("kept.bin"));
        request.getPart("small").write(folder.resolve("small.bin").toString());
        assertEquals(THRESHOLD - 1, Files.size(folder.resolve("small.bin")));
        Files.delete(folder.resolve("small.bin"));

        MultipartRequest other = request(new MultipartBodies().file("a", "a.bin", random(THRESHOLD * 3, 4)).bytes(), null, LIMITS);
        assertEquals(THRESHOLD * 3, other.getPart("a").getSize());
        assertEquals(1, files());
        other.deleteFiles();
        request.deleteFiles();
        assertEquals(0, files());
    }

    @Test
    void moreThanTheLimitOfPartsIsRefusedAtTheFirstOneOver() throws Exception {
        MultipartBodies many = new MultipartBodies();
        for (int i = 0; i < 100_000; i++) {
            many.field("x", "1");
        }
        byte[] bytes = many.bytes();
        MultipartBodies.Counted counted = MultipartBodies.counted(bytes);
        MultipartRequest request = request(counted, null, LIMITS);

        NavaaException refused = assertThrows(NavaaException.class, () -> request.getParameter("x"));
        assertEquals(ErrorCode.TOO_MANY_PARTS, refused.code());
        assertTrue(counted.taken() < 128 * 1024, "read " + counted.taken() + " of " + bytes.length + " bytes before refusing");
        assertSame(refused, assertThrows(NavaaException.class, request::getParts), "the body is read once");

        // a part past the threshold among the first ones: its file must not stay behind
        byte[] withFile = MultipartBodies.concat(new MultipartBodies().file("f", "f.bin", random(THRESHOLD * 2, 5)).bytesWithoutEnd(), bytes);
        assertThrows(NavaaException.class, () -> request(withFile, null, LIMITS).getParts());
        assertEquals(0, files(), "the parts read before the refusal are deleted");
    }

    @Test
    void fieldsAndFilesTogetherCountTowardsTheLimit() throws Exception {
        MultipartBodies fifty = new MultipartBodies();
        for (int i = 0; i < 48; i++) {
            fifty.field("x" + i, "value " + i);
        }
        fifty.file("a", "a.wav", random(10, 6)).file("b", "b.wav", random(10, 7));
        MultipartRequest taken = request(fifty.bytes(), null, LIMITS);
        assertEquals(50, taken.getParts().size());
        assertEquals("value 47", taken.getParameter("x47"));

        MultipartRequest refused = request(fifty.field("one", "more").bytes(), null, LIMITS);
        assertEquals(ErrorCode.TOO_MANY_PARTS, assertThrows(NavaaException.class, refused::getParts).code());
    }

    @Test
    void partsAndBodiesOverTheirSizesAreRefusedWhileTheyArrive() throws Exception {
        byte[] bigPart = new MultipartBodies().file("f", "f.bin", random(4 << 20, 8)).bytes();
        MultipartBodies.Counted counted = MultipartBodies.counted(bigPart);
        MultipartRequest tooLarge = request(counted, null, LIMITS);
        assertThrows(IllegalStateException.class, () -> tooLarge.getPart("f"), "as the Servlet specification has it");
        assertTrue(counted.taken() < (1 << 20) + 64 * 1024, "read " + counted.taken() + " bytes for a part limit of 1 MB");

        MultipartRequest.Limits smallBody = new MultipartRequest.Limits(50, 1 << 20, 100_000, THRESHOLD);
        byte[] manyParts = new MultipartBodies().file("f", "f.bin", random(99_000, 9)).file("g", "g.bin", random(600_000, 10)).bytes();
        MultipartBodies.Counted countedBody = MultipartBodies.counted(manyParts);
        assertThrows(IllegalStateException.class, () -> request(countedBody, null, smallBody).getParameter("a"));
        assertTrue(countedBody.taken() < 100_000 + 64 * 1024, "read " + countedBody.taken() + " bytes for a body limit of 100,000");
        assertEquals(0, files());
    }

    @Test
    void brokenBodiesAreTheClientsBadRequestAndBodiesWithoutPartsAnEmptyForm() {
        String longName = "x".repeat(MultipartRequest.MAX_HEADER_BYTES);
        List<byte[]> broken = List.of(
                new MultipartBodies().field("a", "b").bytesWithoutEnd(),
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + longName + "\"\r\n\r\nv\r\n--" + BOUNDARY + "--\r\n")
                        .getBytes(StandardCharsets.UTF_8),
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a\u0000.wav\"\r\n\r\nv\r\n--" + BOUNDARY
                        + "--\r\n").getBytes(StandardCharsets.UTF_8),
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n").getBytes(StandardCharsets.UTF_8));
        for (byte[] body : broken) {
            NavaaException refused = assertThrows(NavaaException.class, () -> request(body, null, LIMITS).getParts(),
                    () -> new String(body, StandardCharsets.UTF_8));
            assertEquals(ErrorCode.BAD_REQUEST, refused.code());
        }
        for (String empty : List.of("no delimiter at all", "--" + BOUNDARY + "--\r\n", "--" + BOUNDARY)) {
            MultipartRequest request = request(empty.getBytes(StandardCharsets.UTF_8), null, LIMITS);
            assertEquals(List.of(), List.copyOf(request.getParts()), "an empty form, which the resource refuses for what it misses");
            assertNull(request.getParameter("a"));
        }
        MultipartRequest noBoundary = new MultipartRequest(StubRequest.of("multipart/form-data", MultipartBodies.counted(new byte[0]), null),
                LIMITS, folder);
        assertEquals(ErrorCode.BAD_REQUEST, assertThrows(NavaaException.class, () -> noBoundary.getParameter("a")).code());
    }

    @Test
    void fileNamesAsBrowsersAndLibrariesWriteThem() throws Exception {
        byte[] body = ("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"a\"; filename=\"C:\\Users\\me\\x;y.wav\"\r\n\r\n1\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=b; filename*=UTF-8''%D8%B9%D9%84%DB%8C.wav\r\n\r\n2\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"c\"; filename=\"صدای جلسه.wav\"\r\n\r\n3\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"long\"; filename=\"" + LONG_NAME + "\"\r\n\r\n4\r\n--" + BOUNDARY + "\r\n"
                + "content-disposition: form-data;\r\n name=\"d\"\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n\r\n\u00e9\r\n--"
                + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8);
        MultipartRequest request = request(body, null, LIMITS);
        assertEquals("C:\\Users\\me\\x;y.wav", request.getPart("a").getSubmittedFileName());
        assertEquals("علی.wav", request.getPart("b").getSubmittedFileName(), "RFC 5987");
        assertEquals("صدای جلسه.wav", request.getPart("c").getSubmittedFileName(), "UTF-8, as browsers send it");
        assertEquals(LONG_NAME, request.getPart("long").getSubmittedFileName(), "headers of a few KB");
        assertEquals("\u00c3\u00a9", request.getParameter("d"), "a folded header line continues the one before; the part's own charset");
    }

    private MultipartRequest request(byte[] body, String query, MultipartRequest.Limits limits) {
        return request(MultipartBodies.counted(body), query, limits);
    }

    private MultipartRequest request(MultipartBodies.Counted body, String query, MultipartRequest.Limits limits) {
        HttpServletRequest stub = StubRequest.of("multipart/form-data; boundary=\"" + BOUNDARY + "\"", body, query);
        return new MultipartRequest(stub, limits, folder);
    }

    private long files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static byte[] content(Part part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
