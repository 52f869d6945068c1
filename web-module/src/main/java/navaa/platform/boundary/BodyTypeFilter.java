package navaa.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Refuses, as the client's error, two bodies that the layers below fail on as a 500:
 * <ul>
 * <li>a multipart body without a boundary, which the container's parser cannot even start
 * on (a RuntimeException from the first {@code getPart} or {@code getParameter});</li>
 * <li>no Content-Type at all on a method that reads urlencoded {@code @FormParam}s: JAX-RS
 * lets a missing type match any {@code @Consumes}, and Jersey then refuses to read the
 * parameters with an IllegalStateException.</li>
 * </ul>
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyTypeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
                && isBlank(type.getParameters().get("boundary"))) {
            throw new NavaaException(ErrorCode.BAD_REQUEST);
        }
        if (type == null && takesFormParameters(resource.getResourceMethod())) {
            throw new NavaaException(ErrorCode.UNSUPPORTED_CONTENT_TYPE);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean takesFormParameters(Method method) {
        return method != null && Arrays.stream(method.getParameterAnnotations()).flatMap(Arrays::stream)
                .map(Annotation::annotationType).anyMatch(FormParam.class::equals);
    }
}
