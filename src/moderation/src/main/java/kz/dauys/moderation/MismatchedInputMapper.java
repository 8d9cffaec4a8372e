package kz.dauys.moderation;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.dauys.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/**
 * Quarkus maps Jackson's MismatchedInputException (e.g. an unknown enum value such as
 * {@code "outcome": "MAYBE"}) with a built-in mapper that answers plain JSON; the platform's mapper
 * for JsonProcessingException is less specific and loses. This keeps such answers problem+json.
 */
public class MismatchedInputMapper {

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        String message = field == null ? "The body is not of the expected shape." : "Unexpected value for " + field + ".";
        Problem problem = new Problem(Problem.TYPE_BASE + "malformed-body", "The request body cannot be read", 400,
                message + " " + e.getOriginalMessage(), uri.getPath(),
                field == null ? null : List.of(new Problem.FieldError(field, message)), null);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
