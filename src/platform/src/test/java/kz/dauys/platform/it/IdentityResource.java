package kz.dauys.platform.it;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import kz.dauys.platform.identity.CurrentUser;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Map;
import java.util.TreeSet;

/**
 * Who the request's identity says the caller is, and which request it belongs to: the {@code X-Test-Request}
 * header as seen through the identity's routing context, and whether the identity's token is the one in
 * this request's Authorization header.
 */
@Path("/test/identity")
public class IdentityResource {

    @Inject
    CurrentUser user;

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    @GET
    @Authenticated
    public Map<String, Object> whoAmI() {
        RoutingContext request = identity.getAttribute(RoutingContext.class.getName());
        String authorization = request.request().getHeader("Authorization");
        return Map.of("username", user.username(), "subject", user.subject(),
                "roles", new TreeSet<>(identity.getRoles()),
                "region", user.region().orElse("-"), "district", user.district().orElse("-"),
                "request", String.valueOf(request.request().getHeader("X-Test-Request")),
                "ownToken", authorization.equals("Bearer " + token.getRawToken()));
    }
}
