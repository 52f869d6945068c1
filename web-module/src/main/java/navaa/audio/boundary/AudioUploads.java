package navaa.audio.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Audio files from multipart uploads: refused before reading when the declared size is
 * over the limit (413), recognised by content and not by name (415), stored under the
 * data folder and probed with FFmpeg.
 */
@RequestScoped
public class AudioUploads {

    @Inject
    @ConfigProperty(name = "navaa.upload.max-mb", defaultValue = "200")
    long maxMegabytes;

    @Inject
    MediaFolders folders;

    public JobInput store(HttpServletRequest request, String field) {
        if (request.getContentLengthLong() > maxMegabytes * 1024 * 1024) {
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, maxMegabytes);
        }
        Part part = part(request, field).orElseThrow(() ->
                NavaaException.invalid(ErrorCode.NO_FILE, Map.of(field, FieldError.of("field.required"))));
        String name = Optional.ofNullable(part.getSubmittedFileName()).filter(n -> !n.isBlank()).orElse(field);
        name = Path.of(name.replace('\\', '/')).getFileName().toString();
        try (InputStream head = part.getInputStream()) {
            AudioFormat format = FormatSniffer.sniff(head).orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_MEDIA));
            Path stored = folders.newUpload().resolve(name);
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, stored);
            }
            AudioInfo info = AudioProbe.probe(stored);
            return new JobInput(name, stored.toString(), format.name(), Files.size(stored), info.durationSeconds(),
                    info.sampleRate(), info.channels(), info.bitRate());
        } catch (AudioException e) {
            throw new NavaaException(ErrorCode.UNSUPPORTED_MEDIA);
        } catch (IOException e) {
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
