package kz.dauys.portal.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.Location;
import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.UUID;

/**
 * Readable error pages in the user's language: 404, 403, the service-unavailable page when a
 * backend is down, and a 500 page with an incident number (the details go to the log, never to
 * the page).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    private final Template error;
    private final PortalLocale locale;

    ErrorPages(@Location("error.html") Template error, PortalLocale locale) {
        this.error = error;
        this.locale = locale;
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "error_404", null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "error_403", null);
    }

    /** A service could not be reached at all. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("A service is unreachable: %s", e.getMessage());
        return page(503, "error_503", null);
    }

    /** A service answered with an error (or a page threw a JAX-RS error itself). */
    @ServerExceptionMapper
    public Response serviceError(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 401 -> page(401, "error_401", null);
            case 403 -> page(403, "error_403", null);
            case 404, 410 -> page(404, "error_404", null);
            case 429 -> page(429, "error_429", null);
            default -> status >= 500 ? page(503, "error_503", null) : page(400, "error_400", ServiceProblem.of(e).detail());
        };
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return page(500, "error_500", incident);
    }

    private Response page(int status, String key, String detail) {
        String html = error.data("status", status).data("key", key).data("detail", detail)
                .setLocale(locale.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
