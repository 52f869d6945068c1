package navaa.platform.boundary;

import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.DiskFileItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One part of a multipart form as FileUpload read it, in the shape the resources ask the
 * request for: its content in memory (small parts) or in a file of its own (the rest).
 */
final class ItemPart implements Part {

    private final DiskFileItem item;
    private final Path folder;

    ItemPart(DiskFileItem item, Path folder) {
        this.item = item;
        this.folder = folder;
    }

    /** A form field, not a file: the part has no file name (as the container counts it). */
    boolean isField() {
        return item.isFormField();
    }

    /** A field's value: in the part's own charset if it names one, else {@code fallback}. */
    String text(Charset fallback) {
        try {
            try {
                return item.getString();
            } catch (IllegalArgumentException e) {
                // a charset Java does not know
                return item.getString(fallback);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return item.getInputStream();
    }

    @Override
    public String getContentType() {
        return item.getContentType();
    }

    @Override
    public String getName() {
        return item.getFieldName();
    }

    @Override
    public String getSubmittedFileName() {
        return item.getName();
    }

    @Override
    public long getSize() {
        return item.getSize();
    }

    /** Writes the content to {@code fileName}, relative to the folder parts are kept in unless absolute. */
    @Override
    public void write(String fileName) throws IOException {
        item.write(folder.resolve(fileName));
    }

    @Override
    public void delete() throws IOException {
        item.delete();
    }

    @Override
    public String getHeader(String name) {
        return item.getHeaders().getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        List<String> values = new ArrayList<>();
        item.getHeaders().getHeaders(name).forEachRemaining(values::add);
        return values;
    }

    @Override
    public Collection<String> getHeaderNames() {
        List<String> names = new ArrayList<>();
        item.getHeaders().getHeaderNames().forEachRemaining(names::add);
        return names;
    }
}
