package navaa.audio.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Doc 001's Audio Boost Service (section 3): upload, list, status, delete. */
@Path("api/boost")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audio")
public class BoostResource {

    @Inject
    BoostJobs boosts;

    @Context
    HttpServletRequest request;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Boost an audio file: audio_file, boost_level 2x..5x (default 3x); true-peak limited at -1 dBTP")
    public JsonObject upload() {
        String sent = request.getParameter("boost_level");
        String level = sent == null || sent.isBlank() ? "3x" : sent;
        // doc 001's clients compare this message: it stays as documented, in English
        return BoostJobs.started(boosts.submit(request, level), level, "Audio boost started");
    }

    @GET
    @Path("files/")
    @Operation(summary = "The caller's boost files")
    public JsonObject files() {
        return Json.createObjectBuilder().add("files", boosts.files()).build();
    }

    @GET
    @Path("files/{id}/status/")
    @Operation(summary = "State, progress, loudness and true peak before and after")
    public JsonObject status(@PathParam("id") long id) {
        return BoostJobs.json(boosts.find(id));
    }

    @DELETE
    @Path("files/{id}/delete/")
    @Operation(summary = "Deletes the job and its files")
    public JsonObject delete(@PathParam("id") long id) {
        boosts.delete(id);
        return Json.createObjectBuilder().add("status", "success").build();
    }
}
