package navaa.platform.boundary;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Gives a request body to the operations that read a multipart form from the servlet
 * request (a doctor's photo, a medical file): with no entity parameter, Payara makes no
 * request body for them and drops their {@code @RequestBody}. Such an operation names its
 * body in the WAR's META-INF/openapi.yaml ({@code components/requestBodies}) by
 * {@code @Extension(name = OpenApiFormBodies.EXTENSION, value = "DoctorPhotoForm")}.
 * It is the {@code mp.openapi.filter} of this module's microprofile-config.properties: Payara
 * reads that setting through the EAR's class loader, which sees neither the WAR's
 * properties nor its classes, so the filter lives here.
 */
public class OpenApiFormBodies implements OASFilter {

    public static final String EXTENSION = "x-navaa-request-body";

    @Override
    public Operation filterOperation(Operation operation) {
        Object named = operation.getExtensions() == null ? null : operation.getExtensions().get(EXTENSION);
        if (named != null) {
            operation.setRequestBody(OASFactory.createRequestBody().ref(named.toString()));
            operation.removeExtension(EXTENSION);
        }
        return operation;
    }

    /** Payara copies an operation's extensions onto each of its responses, too. */
    @Override
    public APIResponse filterAPIResponse(APIResponse response) {
        if (response.getExtensions() != null && response.getExtensions().containsKey(EXTENSION)) {
            response.removeExtension(EXTENSION);
        }
        return response;
    }
}
