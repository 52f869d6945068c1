package navaa.platform.boundary;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Multipart bodies as clients write them, and the stream a container hands them over in. */
final class MultipartBodies {

    static final String BOUNDARY = "----navaa7MA4YWxkTrZu0gW";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    MultipartBodies preamble(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartBodies field(String name, String value) {
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    MultipartBodies file(String name, String fileName, byte[] content) {
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
        return concat(out.toByteArray(), ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static Counted counted(byte[] body) {
        return new Counted(body);
    }

    /** A request body as the container hands it over, counting what the parser took of it. */
    static final class Counted extends ServletInputStream {

        private final ByteArrayInputStream bytes;
        private long taken;

        private Counted(byte[] body) {
            bytes = new ByteArrayInputStream(body);
        }

        /** Bytes the parser has read so far. */
        long taken() {
            return taken;
        }

        @Override
        public int read() {
            int b = bytes.read();
            taken += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = bytes.read(b, off, len);
            taken += Math.max(0, n);
            return n;
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
