package navaa.audio.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import navaa.identity.boundary.CurrentCaller;
import navaa.jobs.boundary.Jobs;
import navaa.jobs.entity.Job;
import navaa.models.audio.AudioFormat;
import navaa.platform.boundary.MediaFile;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A job's files, to their owner only, with HTTP Range: {@code original}, {@code sample}
 * (a speaker extraction's target), {@code output} (the primary result) and each named
 * output ({@code vocals}, {@code instrumental}).
 */
@jakarta.ws.rs.Path("media/jobs/{id}")
public class MediaResource {

    @Inject
    Jobs jobs;

    @Inject
    CurrentCaller current;

    @GET
    @jakarta.ws.rs.Path("{name}")
    @Operation(summary = "A job's file: original, sample, output, vocals or instrumental")
    public Response file(@PathParam("id") long id, @PathParam("name") String name,
                         @HeaderParam("Range") String range) throws IOException {
        Job job = jobs.find(id, current.require());
        return switch (name) {
            case "original" -> MediaFile.serve(Path.of(job.getInputPath()), mime(job), job.getInputName(), range);
            case "sample" -> serve(job, job.getSamplePath(), range);
            case "output" -> output(job, range);
            default -> serve(job, Optional.ofNullable(job.getOutputs().get(name)), range);
        };
    }

    /** The primary output; 404 until the job has completed. */
    static Response output(Job job, String range) throws IOException {
        return serve(job, Optional.ofNullable(job.getOutputPath()), range);
    }

    /** A named output ({@code vocals}, ...); 404 until the job has completed or when it has none of that name. */
    static Response output(Job job, String name, String range) throws IOException {
        return serve(job, Optional.ofNullable(job.getOutputs().get(name)), range);
    }

    /** The URL a client downloads file {@code name} from (as {@link #file} names them), or empty while there is none. */
    static Optional<String> url(Job job, String name) {
        boolean present = switch (name) {
            case "original" -> true;
            case "sample" -> job.getSampleName().isPresent();
            case "output" -> job.getOutputPath() != null;
            default -> job.getOutputs().containsKey(name);
        };
        return present ? Optional.of("/media/jobs/" + job.getId() + "/" + name) : Optional.empty();
    }

    private static Response serve(Job job, Optional<String> path, String range) throws IOException {
        Path file = Path.of(path.orElseThrow(() -> new NavaaException(ErrorCode.NOT_FOUND)));
        return MediaFile.serve(file, mime(file, job), file.getFileName().toString(), range);
    }

    private static String mime(Job job) {
        return AudioFormat.valueOf(job.getInputFormat()).mimeType();
    }

    /** Outputs keep the input's format; a sample may differ, so its own name decides. */
    private static String mime(Path file, Job job) {
        return AudioFormat.ofFileName(file.getFileName().toString()).map(AudioFormat::mimeType).orElse(mime(job));
    }
}
