package kz.dauys.assembly.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.dauys.platform.problem.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus REST ships its own, more specific mappers for broken and mismatched JSON that answer plain
 * JSON; these route them to the platform's problem+json answer instead.
 */
public class UnreadableJsonMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = 1)
    public Response brokenJson(JsonParseException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return problems.unreadable(e, uri);
    }
}
