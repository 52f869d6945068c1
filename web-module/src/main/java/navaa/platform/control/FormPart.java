package navaa.platform.control;

import jakarta.servlet.http.Part;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One part of a multipart form as {@link MultipartBody} read it: its headers, and its
 * content in memory (small parts) or in a file of its own (the rest), deleted with
 * {@link #delete()} when the request ends.
 */
public final class FormPart implements Part {

    private final Map<String, List<String>> headers;
    private final String name;
    private final String fileName;
    private final byte[] memory;
    private final Path file;
    private final Path folder;
    private final long size;

    private FormPart(Map<String, List<String>> headers, byte[] memory, Path file, Path folder, long size) {
        this.headers = headers;
        Map<String, String> disposition = Disposition.parameters(header("content-disposition"));
        this.name = disposition.get("name");
        this.fileName = disposition.get("filename");
        this.memory = memory;
        this.file = file;
        this.folder = folder;
        this.size = size;
    }

    /** A form field's value: the part's own charset if it names one, else {@code fallback}. */
    public String text(Charset fallback) {
        Charset charset = Disposition.charsetOf(getContentType()).flatMap(FormPart::charset).orElse(fallback);
        try (InputStream in = getInputStream()) {
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain field, not a file: no filename, or an empty one (a file input left empty), as the container counts it. */
    public boolean isField() {
        return fileName == null || fileName.isEmpty();
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return file == null ? new ByteArrayInputStream(memory) : Files.newInputStream(file);
    }

    @Override
    public String getContentType() {
        return header("content-type");
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSubmittedFileName() {
        return fileName;
    }

    @Override
    public long getSize() {
        return size;
    }

    /** Writes the content to {@code fileName}, relative to the folder parts are kept in unless absolute. */
    @Override
    public void write(String fileName) throws IOException {
        Path target = folder.resolve(fileName);
        if (file == null) {
            Files.write(target, memory);
        } else {
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file in the container's temporary folder, which it cleans
            }
        }
    }

    @Override
    public String getHeader(String name) {
        return header(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return List.copyOf(headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
    }

    @Override
    public Collection<String> getHeaderNames() {
        return List.copyOf(headers.keySet());
    }

    private String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null ? null : values.get(0);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** Receives a part's content as the body is read. */
    interface Sink {
        void write(byte[] bytes, int offset, int length) throws IOException;
    }

    /** Reads the content into a sink. */
    interface ContentReader {
        void into(Sink sink) throws IOException;
    }

    /** A part being read: memory up to the threshold, then a file. */
    static final class Builder implements Sink {

        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private final MultipartBody.Limits limits;
        private final Path folder;
        private ByteArrayOutputStream memory = new ByteArrayOutputStream(256);
        private Path file;
        private OutputStream toFile;
        private long size;

        Builder(List<String> headerLines, MultipartBody.Limits limits, Path folder) throws MultipartBody.Malformed {
            this.limits = limits;
            this.folder = folder;
            List<String> last = null;
            for (String line : headerLines) {
                int colon = line.indexOf(':');
                if (last != null && (line.startsWith(" ") || line.startsWith("\t"))) {
                    // a folded line continues the header before it (RFC 5322's obsolete folding)
                    last.set(last.size() - 1, last.get(last.size() - 1) + " " + line.strip());
                    continue;
                }
                if (colon <= 0) {
                    throw new MultipartBody.Malformed("a part header without a name");
                }
                last = headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>());
                last.add(line.substring(colon + 1).strip());
            }
        }

        FormPart add(ContentReader content) throws IOException {
            try {
                content.into(this);
                byte[] kept = memory == null ? null : memory.toByteArray();
                if (toFile != null) {
                    toFile.close();
                }
                return new FormPart(headers, kept, file, folder, size);
            } catch (IOException | RuntimeException e) {
                discard();
                throw e;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            size += length;
            if (size > limits.maxPartBytes()) {
                throw new MultipartBody.TooLarge("a part", limits.maxPartBytes());
            }
            if (toFile == null && size > limits.memoryThreshold()) {
                file = Files.createTempFile(folder, "navaa-part-", ".upload");
                toFile = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                memory.writeTo(toFile);
                memory = null;
            }
            if (toFile != null) {
                toFile.write(bytes, offset, length);
            } else {
                memory.write(bytes, offset, length);
            }
        }

        private void discard() {
            try {
                if (toFile != null) {
                    toFile.close();
                }
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // a temporary file in the container's temporary folder, which it cleans
            }
        }
    }
}
