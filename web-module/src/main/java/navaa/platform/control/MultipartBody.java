package navaa.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A multipart/form-data body (RFC 7578) read as it arrives, within limits on the number of
 * parts, each part's size and the whole body's. A part's content stays in memory only up
 * to a small threshold and goes to a file past it, so a request holds at most
 * parts × threshold bytes of heap whatever its size or shape.
 * <p>
 * Payara's own parser has none of the count limit (Tomcat's {@code maxPartCount} came after
 * CVE-2023-24998; Payara 6's {@code org.apache.catalina.fileupload} has no equivalent) and
 * keeps every part, each with a 1 KB buffer even when empty: a 200 MB body of tiny parts
 * costs gigabytes of heap there. Reading stops at the first part over the limit.
 */
public final class MultipartBody {

    /** Part headers beyond this are not a form's (commons-fileupload allows 10 KB). */
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final int BUFFER = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    /**
     * @param maxParts        parts a body may have
     * @param maxPartBytes    content bytes one part may have
     * @param maxBodyBytes    bytes the whole body may have, headers and delimiters included
     * @param memoryThreshold content bytes a part keeps in memory before it goes to a file
     */
    public record Limits(int maxParts, long maxPartBytes, long maxBodyBytes, int memoryThreshold) {
    }

    /** More parts than {@link Limits#maxParts()}. */
    public static final class TooManyParts extends IOException {
        TooManyParts(int limit) {
            super("more than " + limit + " parts");
        }
    }

    /** A part or the body past its size limit. */
    public static final class TooLarge extends IOException {
        TooLarge(String what, long limit) {
            super(what + " is over " + limit + " bytes");
        }
    }

    /** Not a multipart body, or one cut short. */
    public static final class Malformed extends IOException {
        Malformed(String why) {
            super(why);
        }
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final Limits limits;
    private final Path folder;
    private final Charset headerCharset;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int end;
    private long bodyBytes;

    private MultipartBody(InputStream in, String boundary, Limits limits, Path folder, Charset headerCharset) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.limits = limits;
        this.folder = folder;
        this.headerCharset = headerCharset;
        // the first delimiter may open the body without a line break before it
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
    }

    /**
     * Every part of the body, in order. On any failure the files of the parts read so far are
     * deleted.
     *
     * @param boundary      the boundary parameter of the request's Content-Type
     * @param folder        where parts past the memory threshold are written
     * @param headerCharset of part headers (names and file names), the request's form encoding
     */
    public static List<FormPart> read(InputStream body, String boundary, Limits limits, Path folder, Charset headerCharset)
            throws IOException {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new Malformed("no multipart boundary in the Content-Type");
        }
        return new MultipartBody(body, boundary, limits, folder, headerCharset).parts();
    }

    private List<FormPart> parts() throws IOException {
        List<FormPart> parts = new ArrayList<>();
        try {
            if (!skipPast(delimiter, null)) {
                throw new Malformed("the body has no part");
            }
            while (!atEndOfBody()) {
                if (parts.size() == limits.maxParts()) {
                    throw new TooManyParts(limits.maxParts());
                }
                FormPart.Builder part = new FormPart.Builder(headers(), limits, folder);
                parts.add(part.add(this::copyContent));
            }
            return parts;
        } catch (IOException | RuntimeException e) {
            parts.forEach(FormPart::delete);
            throw e;
        }
    }

    private void copyContent(FormPart.Sink sink) throws IOException {
        if (!skipPast(delimiter, sink)) {
            throw new Malformed("the body ends inside a part");
        }
    }

    /** After a delimiter: "--" ends the body; else optional white space and a line break start a part. */
    private boolean atEndOfBody() throws IOException {
        if (!require(2)) {
            throw new Malformed("the body ends right after a boundary");
        }
        if (buffer[position] == '-' && buffer[position + 1] == '-') {
            return true;
        }
        while (require(1) && (buffer[position] == ' ' || buffer[position] == '\t')) {
            position++;
        }
        require(2);
        if (end - position < 2 || buffer[position] != '\r' || buffer[position + 1] != '\n') {
            throw new Malformed("no line break after a boundary");
        }
        position += 2;
        return false;
    }

    /** The part's header lines up to the empty line, at most {@link #MAX_HEADER_BYTES} together. */
    private List<String> headers() throws IOException {
        List<String> lines = new ArrayList<>();
        int total = 0;
        while (true) {
            int lineEnd;
            while ((lineEnd = indexOf(CRLF, position)) < 0) {
                if (end - position > MAX_HEADER_BYTES - total || !fill()) {
                    throw new Malformed("part headers over " + MAX_HEADER_BYTES + " bytes, or cut short");
                }
            }
            int length = lineEnd - position;
            total += length + 2;
            if (total > MAX_HEADER_BYTES) {
                throw new Malformed("part headers over " + MAX_HEADER_BYTES + " bytes");
            }
            String line = new String(buffer, position, length, headerCharset);
            position = lineEnd + 2;
            if (line.isEmpty()) {
                return lines;
            }
            lines.add(line);
        }
    }

    /**
     * Moves past the next occurrence of {@code marker}, handing what comes before it to
     * {@code sink} (or dropping it); false when the body ends first.
     */
    private boolean skipPast(byte[] marker, FormPart.Sink sink) throws IOException {
        while (true) {
            int found = indexOf(marker, position);
            if (found >= 0) {
                emit(sink, found);
                position = found + marker.length;
                return true;
            }
            // a marker may straddle the end of what is buffered: keep its length less one
            emit(sink, Math.max(position, end - (marker.length - 1)));
            if (!fill()) {
                emit(sink, end);
                return false;
            }
        }
    }

    private void emit(FormPart.Sink sink, int upTo) throws IOException {
        if (upTo > position) {
            if (sink != null) {
                sink.write(buffer, position, upTo - position);
            }
            position = upTo;
        }
    }

    /** True when at least {@code bytes} are buffered, reading more if needed. */
    private boolean require(int bytes) throws IOException {
        while (end - position < bytes) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    /** Reads more of the body behind what is buffered; false at its end. */
    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, end - position);
            end -= position;
            position = 0;
        }
        if (end == buffer.length) {
            throw new IllegalStateException("the buffer is full: a marker or header line longer than " + BUFFER + " bytes");
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            return false;
        }
        bodyBytes += read;
        if (bodyBytes > limits.maxBodyBytes()) {
            throw new TooLarge("the request", limits.maxBodyBytes());
        }
        end += read;
        return true;
    }

    private int indexOf(byte[] marker, int from) {
        int last = end - marker.length;
        outer:
        for (int i = from; i <= last; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (buffer[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
