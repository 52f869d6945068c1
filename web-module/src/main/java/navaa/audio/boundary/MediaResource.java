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
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.nio.file.Path;

/** A job's original and output files, to their owner only, with HTTP Range. */
@jakarta.ws.rs.Path("media/jobs/{id}")
public class MediaResource {

    @Inject
    Jobs jobs;

    @Inject
    CurrentCaller current;

    @GET
    @jakarta.ws.rs.Path("original")
    @Operation(summary = "The uploaded file")
    public Response original(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException {
        Job job = jobs.find(id, current.require());
        return MediaFile.serve(Path.of(job.getInputPath()), mime(job), job.getInputName(), range);
    }

    @GET
    @jakarta.ws.rs.Path("output")
    @Operation(summary = "The processed file, once the job has completed")
    public Response output(@PathParam("id") long id, @HeaderParam("Range") String range) throws IOException {
        return output(jobs.find(id, current.require()), range);
    }

    static Response output(Job job, String range) throws IOException {
        if (job.getOutputPath() == null) {
            throw new NavaaException(ErrorCode.NOT_FOUND);
        }
        Path file = Path.of(job.getOutputPath());
        return MediaFile.serve(file, mime(job), file.getFileName().toString(), range);
    }

    private static String mime(Job job) {
        return AudioFormat.valueOf(job.getInputFormat()).mimeType();
    }
}
