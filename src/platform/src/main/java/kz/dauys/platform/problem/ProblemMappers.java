package kz.dauys.platform.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Maps every exception a resource can throw to problem+json; users' mistakes are never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors(), null);
        if (e.retryAfter() != null) {
            response.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(jakarta.validation.ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(400, "validation", "The input is invalid",
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid",
                uri, errors, null).build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(400, "malformed-body", "The request body cannot be read",
                "The body is not valid JSON of the expected shape: " + e.getOriginalMessage(), uri, null, null).build();
    }

    /** Quarkus REST has more specific built-in mappers for these that answer plain JSON; priority 1 wins. */
    @ServerExceptionMapper(priority = 1)
    public Response brokenJson(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        if (field == null) {
            return unreadable(e, uri);
        }
        String message = "Unexpected value for " + field + ".";
        return respond(400, "malformed-body", "The request body cannot be read", message + " " + e.getOriginalMessage(),
                uri, List.of(new Problem.FieldError(field, message)), null).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Request failed";
        return respond(status, slugOf(title), title, e.getMessage(), uri, null, null).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(401, "unauthenticated", "Sign-in required",
                "This needs a valid access token (Authorization: Bearer ...).", uri, null, null)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Not allowed", "Your role does not allow this.", uri, null, null).build();
    }

    @ServerExceptionMapper
    public Response staleUpdate(OptimisticLockException e, UriInfo uri) {
        return respond(409, "conflict", "Conflicts with the current state",
                "Someone changed this at the same time; reload and try again.", uri, null, null).build();
    }

    @ServerExceptionMapper
    public Response duplicate(ConstraintViolationException e, UriInfo uri) {
        return respond(409, "conflict", "Conflicts with the current state",
                "This would duplicate something that already exists.", uri, null, null).build();
    }

    @ServerExceptionMapper({JDBCConnectionException.class, SQLTransientConnectionException.class})
    public Response databaseDown(Exception e, UriInfo uri) {
        LOG.warnf("Database unavailable: %s", e.getMessage());
        return respond(503, "unavailable", "Temporarily unavailable",
                "The service cannot reach its database right now; nothing was changed. Try again shortly.", uri, null, null)
                .header("Retry-After", 5)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (hasCause(e, JDBCConnectionException.class) || hasCause(e, SQLTransientConnectionException.class)) {
            return databaseDown((Exception) e, uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
        return respond(500, "internal", "Something went wrong on our side",
                "The error was recorded; quote its id if you contact support.", uri, null, errorId).build();
    }

    private static Response.ResponseBuilder respond(int status, String slug, String title, String detail, UriInfo uri,
                                                    List<Problem.FieldError> errors, String errorId) {
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, uri.getPath(), errors, errorId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Method-parameter paths look like "create.request.title": the argument position is noise.
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String slugOf(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
