package kz.dauys.assembly.session;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.dauys.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** problem+json for a late agenda, with the extension member {@code earliestSessionDate}. */
public class NoticePeriodProblemMapper {

    @ServerExceptionMapper
    public Response lateAgenda(NoticePeriodException e, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problem.TYPE_BASE + "notice-period");
        body.put("title", "The request breaks a rule");
        body.put("status", 422);
        body.put("detail", e.getMessage());
        body.put("instance", uri.getPath());
        body.put("earliestSessionDate", e.earliestSessionDate().toString());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
