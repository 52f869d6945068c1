package navaa.clinic.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import navaa.clinic.control.MedicalFileFilter;
import navaa.clinic.entity.MedicalFile;
import navaa.identity.boundary.CurrentCaller;
import navaa.identity.entity.Role;
import navaa.platform.boundary.JsonAnswers;
import navaa.platform.boundary.MediaFile;
import navaa.platform.boundary.OpenApiFormBodies;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;

/**
 * Doc 003's medical files of the signed-in patient: the upload (patients only, 403 for
 * others), and as extensions the patient's list, one file's metadata and its download. The
 * metadata and download answer the patient their own file, and anyone else only through the
 * access gate (a doctor with view_reports granted, or the doctor of the encounter the file is
 * attached to), each such look in the patient's access log; otherwise 404, as for no file.
 */
@Path("api/v1/patients/medical-files/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clinic")
public class MedicalFilesResource {

    @Inject
    CurrentCaller current;

    @Inject
    MedicalFileUpload upload;

    @Inject
    MedicalFiles files;

    @Inject
    MedicalFileStore store;

    @Context
    UriInfo uri;

    @POST
    @Path("upload/")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads a medical file: file (PDF, JPEG, PNG or DICOM, told by its content), file_type"
            + " (lab_result|imaging|prescription|other), title (at most 200 characters), description (optional, at most 2000),"
            + " encounter_id (optional, one of the patient's encounters); 201 with id, file_url, file_size, mime_type",
            description = "400 VALIDATION_ERROR names each bad field (encounter_id when it is not one of the patient's own"
                    + " encounters, missing or someone else's alike); 413 FILE_TOO_LARGE past NAVAA_CLINIC_FILE_MAX_MB (default 20);"
                    + " 415 UNSUPPORTED_FORMAT for any other content, whatever its name; 401 without a valid access token;"
                    + " 403 FORBIDDEN for an account that is not a patient.")
    @Extension(name = OpenApiFormBodies.EXTENSION, value = "MedicalFileUploadForm")
    @APIResponse(responseCode = "201", ref = "MedicalFile")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    public Response upload(@Context HttpServletRequest request) {
        long patient = current.require(Role.PATIENT).accountId();
        MedicalFile stored = upload.upload(patient, request);
        return Response.status(Response.Status.CREATED).entity(MedicalFileJson.uploaded(stored, uri.getBaseUri()).build()).build();
    }

    @GET
    @Operation(summary = "Extension: the patient's own medical files, newest first: file_type, encounter_id, page, page_size"
            + " (1-100, default 20); each as the upload answers it with description and encounter_id",
            description = "400 VALIDATION_ERROR for a bad parameter; 404 NOT_FOUND for a page past the last; 401 and 403 as the upload.")
    @APIResponse(responseCode = "200", ref = "MedicalFilePage")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @SuppressWarnings("java:S1172")
    public JsonObject list(@QueryParam("file_type") String fileType, @QueryParam("encounter_id") String encounterId,
                           @QueryParam("page") String page, @QueryParam("page_size") String pageSize) {
        long patient = current.require(Role.PATIENT).accountId();
        MedicalFileFilter filter = filter(uri);
        return page(uri, filter, files.own(patient, filter));
    }

    @GET
    @Path("{id}/")
    @Operation(summary = "Extension: one medical file's metadata, as the list shows it",
            description = "404 NOT_FOUND for no such file, and for someone else's unless the caller is a doctor with"
                    + " view_reports granted or the doctor of the file's encounter (each such look is in the patient's access log);"
                    + " 401 without a valid access token.")
    @APIResponse(responseCode = "200", ref = "ListedMedicalFile")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public JsonObject file(@PathParam("id") String id) {
        return MedicalFileJson.listed(files.look(current.require(), id, false), uri.getBaseUri());
    }

    @GET
    @Path("{id}/download/")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Extension: the file itself (the upload's file_url), with its content's type; a single Range"
            + " (bytes=a-b, a-, -n) answers 206 with Content-Range, one past the end 416",
            description = "404 NOT_FOUND and 401 as the metadata.")
    @APIResponse(responseCode = "200", ref = "MedicalFileContent")
    @APIResponse(responseCode = "206", ref = "MedicalFilePart")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "416", ref = "RangeNotSatisfiable")
    public Response download(@PathParam("id") String id, @HeaderParam("Range") String range) throws IOException {
        MedicalFile file = files.look(current.require(), id, true);
        return MediaFile.serve(store.path(file.getStoredName()), file.getMimeType(), file.getOriginalName(), range);
    }

    static MedicalFileFilter filter(UriInfo uri) {
        MedicalFileFilter.Result read = MedicalFileFilter.read(DrfPage.query(uri));
        if (!read.errors().isEmpty()) {
            throw NavaaException.invalid(ErrorCode.VALIDATION_ERROR, read.errors());
        }
        return read.filter();
    }

    static JsonObject page(UriInfo uri, MedicalFileFilter filter, MedicalFiles.Page found) {
        return DrfPage.answer(uri, filter.page(), found.count(),
                JsonAnswers.array(found.results(), f -> MedicalFileJson.listed(f, uri.getBaseUri())));
    }
}
