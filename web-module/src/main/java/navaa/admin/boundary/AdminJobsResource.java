package navaa.admin.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import navaa.admin.control.JobQuery;
import navaa.identity.boundary.AdminOnly;
import navaa.identity.boundary.CurrentCaller;
import navaa.jobs.boundary.JobInterventions;
import navaa.jobs.entity.Job;
import navaa.platform.boundary.RequestFacts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every user's processing jobs for the console: list with filters, look at one, cancel, retry. */
@Path("api/admin/jobs")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
public class AdminJobsResource {

    @Inject
    AllJobs jobs;

    @Inject
    JobInterventions interventions;

    @Inject
    CurrentCaller current;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "Jobs of every user, newest first: ?state=pending|processing|completed|failed&kind=DENOISE&owner=username&page=1&size=25")
    public JsonObject list(@QueryParam("state") String state, @QueryParam("kind") String kind, @QueryParam("owner") String owner,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        return AdminJson.page(jobs.search(JobQuery.of(state, kind, owner, page, size)), RequestFacts.locale(headers));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One job with its parameters, outputs, batch execution and runs: each execution's start and work in the resumable step")
    public JsonObject detail(@PathParam("id") long id) {
        Job job = jobs.find(id);
        return AdminJson.detail(job, jobs.executionStatus(job), jobs.runs(job), RequestFacts.locale(headers));
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancels a pending or processing job: it ends failed with errorCode CANCELLED_BY_ADMIN, and its execution stops")
    public JsonObject cancel(@PathParam("id") long id) {
        interventions.cancel(id, current.require().username());
        return detail(id);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Runs a failed job again with its original input and parameters; it goes back to pending")
    public JsonObject retry(@PathParam("id") long id) {
        interventions.retry(id);
        return detail(id);
    }
}
