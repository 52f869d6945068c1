package navaa.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import navaa.identity.entity.Caller;
import navaa.platform.control.ErrorCode;
import navaa.platform.control.NavaaException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/** Closed by default: every resource needs a caller unless it is {@link Public}; {@link AdminOnly} needs an admin. */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Inject
    CurrentCaller current;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext context) {
        if (annotated(Public.class)) {
            return;
        }
        Caller caller = current.require();
        if (annotated(AdminOnly.class) && !caller.isAdmin()) {
            throw new NavaaException(ErrorCode.FORBIDDEN);
        }
    }

    private boolean annotated(Class<? extends Annotation> type) {
        Method method = resource.getResourceMethod();
        Class<?> owner = resource.getResourceClass();
        return (method != null && method.isAnnotationPresent(type)) || (owner != null && owner.isAnnotationPresent(type));
    }
}
