package navaa.platform.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stored file (audio, a result, a medical file) as an HTTP answer, with single-range support ({@code Range: bytes=a-b})
 * so players can seek and interrupted downloads resume; streamed, never read whole.
 */
public final class MediaFile {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private MediaFile() {
    }

    public static Response serve(Path file, String contentType, String downloadName, String range) throws IOException {
        long length = Files.size(file);
        long start = 0;
        long end = length - 1;
        boolean partial = false;
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())) {
            if (m.group(1).isEmpty()) {
                start = Math.max(0, length - Long.parseLong(m.group(2)));
            } else {
                start = Long.parseLong(m.group(1));
                end = m.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(m.group(2)));
            }
            if (start > end || start >= length) {
                return Response.status(416).header("Content-Range", "bytes */" + length).build();
            }
            partial = true;
        }
        long from = start;
        long count = end - start + 1;
        StreamingOutput body = out -> copy(file, from, count, out);
        Response.ResponseBuilder response = Response.status(partial ? 206 : 200).entity(body).type(contentType)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, count)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(downloadName, StandardCharsets.UTF_8).replace("+", "%20"));
        if (partial) {
            response.header("Content-Range", "bytes " + start + "-" + end + "/" + length);
        }
        return response.build();
    }

    private static void copy(Path file, long from, long count, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            long left = count;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        }
    }
}
