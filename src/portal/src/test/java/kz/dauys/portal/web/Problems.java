package kz.dauys.portal.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** A service's refusal as the REST client raises it: a status with a problem+json body. */
public final class Problems {

    private Problems() {
    }

    public static WebApplicationException problem(int status, String slug, String detail) {
        String json = "{\"type\":\"https://dauys.kz/problems/" + slug + "\",\"title\":\"" + slug + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        return new WebApplicationException(Response.status(status).type("application/problem+json").entity(json).build());
    }
}
