package navaa.diarization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.models.audio.AudioException;
import navaa.models.audio.FormatSniffer;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.Enrolment;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Enrolment samples from a multipart form: every part of the field (it may repeat),
 * recognised by content (415 otherwise), decoded to 16 kHz mono, at most
 * {@link #MAX_SECONDS} each; the uploads are not kept, only the embeddings made from them.
 */
@RequestScoped
public class VoiceSamples {

    /** More of one sample adds little to a voice print and costs memory. */
    static final int MAX_SECONDS = 120;

    public List<float[]> read(HttpServletRequest request, String field) {
        List<Part> parts = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (part.getName().equals(field) && part.getSize() > 0 && part.getSubmittedFileName() != null) {
                    parts.add(part);
                }
            }
        } catch (IllegalStateException e) {
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, 0);
        } catch (IOException | ServletException e) {
            parts.clear();
        }
        if (parts.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.NO_FILE, Map.of(field, FieldError.of("field.required")));
        }
        List<float[]> samples = new ArrayList<>();
        for (Part part : parts) {
            samples.add(decode(part));
        }
        return samples;
    }

    private static float[] decode(Part part) {
        Path file = null;
        try {
            try (InputStream head = part.getInputStream()) {
                FormatSniffer.sniff(head).orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_MEDIA));
            }
            file = Files.createTempFile("navaa-sample-", ".audio");
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (PcmDecoder decoder = PcmDecoder.open(file, Enrolment.RATE, 1)) {
                float[] audio = new float[MAX_SECONDS * Enrolment.RATE];
                return Arrays.copyOf(audio, decoder.read(audio, audio.length));
            }
        } catch (AudioException e) {
            throw new NavaaException(ErrorCode.UNSUPPORTED_MEDIA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the system's cleaner takes it
                }
            }
        }
    }
}
