package kz.dauys.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** What a service said when it refused a call: status, problem type and its human-readable detail. */
public record ServiceProblem(int status, String type, String detail) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ServiceProblem of(WebApplicationException e) {
        Response response = e.getResponse();
        int status = response == null ? 500 : response.getStatus();
        String type = null;
        String detail = null;
        try {
            if (response != null && response.hasEntity()) {
                response.bufferEntity();
                JsonNode problem = JSON.readTree(response.readEntity(String.class));
                type = problem.path("type").asText(null);
                detail = problem.path("detail").asText(problem.path("title").asText(null));
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            // A body that is not problem+json leaves only the status.
        }
        return new ServiceProblem(status, type, detail);
    }

    public String flashCode() {
        return Flash.errorCode(status, type);
    }
}
