package navaa.diarization.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import navaa.audio.boundary.AudioUploads;
import navaa.jobs.boundary.DecodeCeiling;
import navaa.models.audio.AudioException;
import navaa.models.audio.AudioInfo;
import navaa.models.audio.AudioProbe;
import navaa.models.audio.FormatSniffer;
import navaa.models.audio.PcmDecoder;
import navaa.models.diarization.Enrolment;
import navaa.models.diarization.VoiceDatabase;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.FieldError;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Enrolment samples from a multipart form, every part of the field (it may repeat), at
 * most {@code NAVAA_ENROLMENT_MAX_SAMPLES} of them. First each is recognised by content
 * (415), kept in a temporary file and probed: past the decode ceiling (413), or together
 * longer than {@code NAVAA_ENROLMENT_MAX_SECONDS} as their headers state them (413), the
 * request is refused before anything is decoded. Then each is decoded to 16 kHz mono (its
 * first {@link #MAX_SECONDS}) and turned into a voice print before the next is decoded, so
 * a request holds one sample's audio at a time and keeps only the prints; the decoded
 * seconds are counted again, since a header may understate them.
 */
@RequestScoped
public class VoiceSamples {

    /** More of one sample adds little to a voice print and costs memory. */
    static final int MAX_SECONDS = 120;

    /** Makes one sample's voice print: its 16 kHz mono audio and its place in the request, from 1. */
    @FunctionalInterface
    public interface Embedder {
        VoiceDatabase.Sample embed(float[] audio, int number);
    }

    @Inject
    @ConfigProperty(name = "navaa.enrolment.max-samples", defaultValue = "10")
    int maxSamples;

    @Inject
    @ConfigProperty(name = "navaa.enrolment.max-seconds", defaultValue = "600")
    int maxSeconds;

    @Inject
    DecodeCeiling ceiling;

    @Inject
    AudioUploads uploads;

    /**
     * @throws NavaaException 400 with no sample or too many, 413 past the seconds in total or
     *         the decode ceiling, 415 for a file that is not audio
     */
    public List<VoiceDatabase.Sample> embed(HttpServletRequest request, String field, Embedder embedder) {
        List<Part> parts = parts(request, field);
        if (parts.isEmpty()) {
            throw NavaaException.invalid(ErrorCode.NO_FILE, Map.of(field, FieldError.of("field.required")));
        }
        if (parts.size() > maxSamples) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, Map.of(field, FieldError.of("field.tooManySamples", maxSamples, parts.size())));
        }
        List<Path> files = new ArrayList<>();
        try {
            double stated = 0;
            for (Part part : parts) {
                Path file = copy(part);
                files.add(file);
                stated += Math.min(MAX_SECONDS, probedSeconds(file));
                requireWithinTotal(stated);
            }
            List<VoiceDatabase.Sample> prints = new ArrayList<>();
            double decoded = 0;
            for (Path file : files) {
                float[] audio = decode(file);
                decoded += audio.length / (double) Enrolment.RATE;
                requireWithinTotal(decoded);
                prints.add(embedder.embed(audio, prints.size() + 1));
            }
            return prints;
        } finally {
            files.forEach(VoiceSamples::deleteQuietly);
        }
    }

    private void requireWithinTotal(double seconds) {
        if (seconds > maxSeconds) {
            throw new NavaaException(ErrorCode.SAMPLES_TOO_LONG, maxSeconds, MAX_SECONDS);
        }
    }

    private List<Part> parts(HttpServletRequest request, String field) {
        List<Part> parts = new ArrayList<>();
        try {
            for (Part part : request.getParts()) {
                if (part.getName().equals(field) && part.getSize() > 0 && part.getSubmittedFileName() != null) {
                    parts.add(part);
                }
            }
        } catch (IllegalStateException e) {
            // the container refused a part or request over its multipart limits
            throw new NavaaException(ErrorCode.FILE_TOO_LARGE, uploads.maxMegabytes());
        } catch (IOException | ServletException e) {
            parts.clear();
        }
        return parts;
    }

    /** The part in a temporary file of its own, once its content says it is audio. */
    private static Path copy(Part part) {
        try {
            try (InputStream head = part.getInputStream()) {
                FormatSniffer.sniff(head).orElseThrow(() -> new NavaaException(ErrorCode.UNSUPPORTED_MEDIA));
            }
            Path file = Files.createTempFile("navaa-sample-", ".audio");
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                deleteQuietly(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The length the file's headers state; 413 past the decode ceiling. */
    private double probedSeconds(Path file) {
        try {
            AudioInfo info = AudioProbe.probe(file);
            ceiling.check(info.durationSeconds(), info.sampleRate(), info.channels());
            return info.durationSeconds();
        } catch (AudioException e) {
            throw new NavaaException(ErrorCode.UNSUPPORTED_MEDIA);
        }
    }

    private static float[] decode(Path file) {
        try (PcmDecoder decoder = PcmDecoder.open(file, Enrolment.RATE, 1)) {
            float[] audio = new float[MAX_SECONDS * Enrolment.RATE];
            return Arrays.copyOf(audio, decoder.read(audio, audio.length));
        } catch (AudioException e) {
            throw new NavaaException(ErrorCode.UNSUPPORTED_MEDIA);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system's cleaner takes it
        }
    }
}
