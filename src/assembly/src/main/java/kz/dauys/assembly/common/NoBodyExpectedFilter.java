package kz.dauys.assembly.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import kz.dauys.platform.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;

/**
 * Writes that take no request body (follow, co-sponsor) refuse one: a client sending a body to them
 * is mistaken about the operation, and acting anyway would hide the mistake.
 */
public class NoBodyExpectedFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final Set<Class<? extends Annotation>> NOT_A_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    @ServerRequestFilter
    public void refuseUnexpectedBody(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !WRITES.contains(request.getMethod()) || !carriesBody(request) || takesBody(method)) {
            return;
        }
        throw ProblemException.badRequest(request.getMethod() + " " + request.getUriInfo().getPath()
                + " takes no request body; send the request without one.");
    }

    private static boolean carriesBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                return Long.parseLong(length.strip()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                if (NOT_A_BODY.contains(annotation.annotationType())) {
                    annotated = true;
                }
            }
            if (!annotated) {
                return true;
            }
        }
        return false;
    }
}
