package navaa.audio.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.jobs.boundary.DecodeCeiling;
import navaa.jobs.boundary.MediaFolders;
import navaa.jobs.entity.JobInput;
import navaa.models.audio.AudioException;
import navaa.models.audio.AudioFormat;
import navaa.models.audio.AudioInfo;
import navaa.models.audio.AudioProbe;
import navaa.models.audio.FormatSniffer;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import navaa.jobs.control.Folders;
import navaa.jobs.control.OwnerOnly;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Audio files from multipart uploads: refused before reading when the declared size is
 * over the limit (413), recognised by content and not by name (415), stored under the
 * data folder and probed with FFmpeg, and refused (413, nothing kept) when the probe says
 * the file decodes to more samples than the server processes. A form with two files
 * stores both or neither.
 */
@RequestScoped
public class AudioUploads {

    @Inject
    @ConfigProperty(name = "navaa.upload.max-mb", defaultValue = "200")
    long maxMegabytes;

    @Inject
    MediaFolders folders;

    @Inject
    DecodeCeiling ceiling;

    public JobInput store(HttpServletRequest request, String field) {
        return store(request, List.of(field)).get(0);
    }

    /**
     * Every field must hold a file (one 400 names all that are missing) and every file
     * must be audio before the first is stored; a file FFmpeg cannot read takes the
     * others stored with it away again.
     */
    public List<JobInput> store(HttpServletRequest request, List<String> fields) {
        refuseOversized(request);
        Map<String, Part> parts = new LinkedHashMap<>();
        Map<String, FieldError> missing = new LinkedHashMap<>();
        for (String field : fields) {
            part(request, field).ifPresentOrElse(p -> parts.put(field, p), () -> missing.put(field, FieldError.of("field.required")));
        }
        if (!missing.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.NO_FILE, missing);
        }
        List<AudioFormat> formats = new ArrayList<>();
        for (Part part : parts.values()) {
            formats.add(sniff(part));
        }
        List<JobInput> stored = new ArrayList<>();
        try {
            int i = 0;
            for (Map.Entry<String, Part> part : parts.entrySet()) {
                stored.add(save(part.getKey(), part.getValue(), formats.get(i++)));
            }
            return stored;
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
    }

    /** Stores the fields' files and records a job of them; the files go again when recording fails. */
    public <T> T storeFor(HttpServletRequest request, List<String> fields, Function<List<JobInput>, T> record) {
        List<JobInput> inputs = store(request, fields);
        try {
            return record.apply(inputs);
        } catch (RuntimeException e) {
            discard(inputs);
            throw e;
        }
    }

    /** 413 by the declared length, before a byte of the body is read. */
    public void refuseOversized(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxMegabytes * 1024 * 1024) {
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
        }
    }

    /** A text field of the form; reading it reads the body, so call it only once the request may go on. */
    public Optional<String> text(HttpServletRequest request, String field) {
        try {
            return Optional.ofNullable(request.getParameter(field)).filter(v -> !v.isBlank());
        } catch (IllegalStateException e) {
            // the container refused a part or request over its multipart limits
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
        }
    }

    /** The configured limit, for messages. */
    public long maxMegabytes() {
        return maxMegabytes;
    }

    /** Removes stored uploads whose job was never recorded. */
    public void discard(List<JobInput> inputs) {
        for (JobInput input : inputs) {
            Folders.delete(Path.of(input.path()).getParent());
        }
    }

    private AudioFormat sniff(Part part) {
        try (InputStream head = part.getInputStream()) {
            return FormatSniffer.sniff(head).orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_MEDIA));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JobInput save(String field, Part part, AudioFormat format) {
        String name = Optional.ofNullable(part.getSubmittedFileName()).filter(n -> !n.isBlank()).orElse(field);
        name = Path.of(name.replace('\\', '/')).getFileName().toString();
        Path folder = folders.newUpload();
        Path stored = folder.resolve(name);
        try {
            try (InputStream in = part.getInputStream(); OutputStream out = OwnerOnly.newOutputStream(stored)) {
                in.transferTo(out);
            }
            AudioInfo info = AudioProbe.probe(stored);
            ceiling.check(info.durationSeconds(), info.sampleRate(), info.channels());
            return new JobInput(name, stored.toString(), format.name(), Files.size(stored), info.durationSeconds(),
                    info.sampleRate(), info.channels(), info.bitRate());
        } catch (AudioException e) {
            Folders.delete(folder);
            throw new NavaaException(ErrorCode.UNSUPPORTED_MEDIA);
        } catch (NavaaException e) {
            Folders.delete(folder);
            throw e;
        } catch (IOException e) {
            Folders.delete(folder);
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Part> part(HttpServletRequest request, String field) {
        try {
            return Optional.ofNullable(request.getPart(field)).filter(p -> p.getSize() > 0);
        } catch (IllegalStateException e) {
            // the container refused a part or request over its multipart limits
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
        } catch (ServletException | IOException e) {
            throw NavaaException.invalid(ErrorCode.NO_FILE, Map.of(field, FieldError.of("field.required")));
        }
    }
}
