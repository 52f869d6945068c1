package navaa.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MultipartBodyTest {

    private static final String BOUNDARY = "----navaa7MA4YWxkTrZu0gW";
    private static final int THRESHOLD = 16 * 1024;
    private static final MultipartBody.Limits LIMITS = new MultipartBody.Limits(50, 1 << 20, 4 << 20, THRESHOLD);

    @TempDir
    Path folder;

    @Test
    void fieldsAndFilesComeOutAsSent() throws IOException {
        byte[] audio = random(300_000, 1);
        // bytes that look like the start of the delimiter must stay content
        byte[] tricky = ("a\r\n--" + BOUNDARY.substring(0, 10) + "\r\n-").getBytes(StandardCharsets.ISO_8859_1);
        Body body = new Body().preamble("ignored preamble\r\n")
                .field("name", "علی")
                .file("samples", "a.wav", audio)
                .file("samples", "b.wav", tricky)
                .field("empty", "");
        List<FormPart> parts = read(body.bytes(), LIMITS);

        assertEquals(4, parts.size());
        assertEquals("name", parts.get(0).getName());
        assertTrue(parts.get(0).isField());
        assertEquals("علی", parts.get(0).text(StandardCharsets.UTF_8));
        assertEquals("a.wav", parts.get(1).getSubmittedFileName());
        assertEquals(audio.length, parts.get(1).getSize());
        assertArrayEquals(audio, content(parts.get(1)));
        assertArrayEquals(tricky, content(parts.get(2)));
        assertEquals("application/octet-stream", parts.get(2).getContentType());
        assertEquals("", parts.get(3).text(StandardCharsets.UTF_8));
        assertNull(parts.get(3).getSubmittedFileName());
    }

    @Test
    void onlyPartsPastTheThresholdGoToFilesAndDeletingRemovesThem() throws IOException {
        List<FormPart> parts = read(new Body().file("big", "big.bin", random(THRESHOLD + 1, 2))
                .file("small", "small.bin", random(THRESHOLD, 3)).bytes(), LIMITS);
        assertEquals(1, files(), "only the part past the threshold is on disk");
        parts.forEach(FormPart::delete);
        assertEquals(0, files());
    }

    @Test
    void aBodyWithMorePartsThanTheLimitIsRefusedAtTheFirstOneOver() throws IOException {
        Body body = new Body();
        for (int i = 0; i < 100_000; i++) {
            body.field("x", "1");
        }
        byte[] bytes = body.bytes();
        CountingStream in = new CountingStream(bytes);
        // a part past the threshold among the first ones: its file must not stay behind
        Body first = new Body().file("f", "f.bin", random(THRESHOLD * 2, 4));
        byte[] withFile = concat(first.bytesWithoutEnd(), bytes);

        assertThrows(MultipartBody.TooManyParts.class, () -> MultipartBody.read(in, BOUNDARY, LIMITS, folder, StandardCharsets.UTF_8));
        assertTrue(in.read < 128 * 1024, "read " + in.read + " of " + bytes.length + " bytes before refusing");
        assertThrows(MultipartBody.TooManyParts.class, () -> read(withFile, LIMITS));
        assertEquals(0, files(), "the parts read before the refusal are deleted");
    }

    @Test
    void fiftyPartsAreTaken() throws IOException {
        Body body = new Body();
        for (int i = 0; i < 50; i++) {
            body.field("x" + i, "value " + i);
        }
        assertEquals(50, read(body.bytes(), LIMITS).size());
    }

    @Test
    void partsAndBodiesOverTheirSizesAreRefused() throws IOException {
        assertThrows(MultipartBody.TooLarge.class, () -> read(new Body().file("f", "f.bin", random((1 << 20) + 1, 5)).bytes(), LIMITS));
        MultipartBody.Limits smallBody = new MultipartBody.Limits(50, 1 << 20, 100_000, THRESHOLD);
        assertThrows(MultipartBody.TooLarge.class, () -> read(new Body().file("f", "f.bin", random(99_000, 6))
                .file("g", "g.bin", random(2_000, 7)).bytes(), smallBody));
        assertEquals(0, files());
    }

    @Test
    void brokenBodiesAreMalformed() {
        assertThrows(MultipartBody.Malformed.class, () -> read("no boundary at all".getBytes(StandardCharsets.UTF_8), LIMITS));
        assertThrows(MultipartBody.Malformed.class, () -> read(new Body().field("a", "b").bytesWithoutEnd(), LIMITS));
        assertThrows(MultipartBody.Malformed.class, () -> read(("--" + BOUNDARY).getBytes(StandardCharsets.UTF_8), LIMITS));
        byte[] longHeader = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + "x".repeat(10_000) + "\"\r\n\r\nv\r\n--"
                + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        assertThrows(MultipartBody.Malformed.class, () -> read(longHeader, LIMITS));
        assertThrows(MultipartBody.Malformed.class, () -> MultipartBody.read(new ByteArrayInputStream(new byte[0]), null, LIMITS,
                folder, StandardCharsets.UTF_8));
    }

    @Test
    void fileNamesAsBrowsersAndLibrariesWriteThem() throws IOException {
        byte[] body = ("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"a\"; filename=\"C:\\Users\\me\\x;y \\\"q\\\".wav\"\r\n\r\n1\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=b; filename*=UTF-8''%D8%B9%D9%84%DB%8C.wav\r\n\r\n2\r\n--" + BOUNDARY + "\r\n"
                + "content-disposition: form-data;\r\n name=\"c\"\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n\r\n\u00e9\r\n--" + BOUNDARY + "--")
                .getBytes(StandardCharsets.UTF_8);
        List<FormPart> parts = read(body, LIMITS);
        assertEquals("C:\\Users\\me\\x;y \"q\".wav", parts.get(0).getSubmittedFileName());
        assertEquals("b", parts.get(1).getName());
        assertEquals("علی.wav", parts.get(1).getSubmittedFileName());
        assertEquals("c", parts.get(2).getName(), "a folded header line continues the one before");
        assertEquals("\u00c3\u00a9", parts.get(2).text(StandardCharsets.UTF_8), "the part's own charset is used");
        assertFalse(parts.get(0).isField());
    }

    private List<FormPart> read(byte[] body, MultipartBody.Limits limits) throws IOException {
        return MultipartBody.read(new ByteArrayInputStream(body), BOUNDARY, limits, folder, StandardCharsets.UTF_8);
    }

    private long files() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    private static byte[] content(FormPart part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A multipart body as clients write it. */
    private static final class Body {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body preamble(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Body field(String name, String value) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Body file(String name, String fileName, byte[] content) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytesWithoutEnd() {
            return out.toByteArray();
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    /** Counts what the parser took from the body. */
    private static final class CountingStream extends ByteArrayInputStream {

        long read;

        CountingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            read += Math.max(0, n);
            return n;
        }
    }
}
