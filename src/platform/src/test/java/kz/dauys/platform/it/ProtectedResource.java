package kz.dauys.platform.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import kz.dauys.platform.identity.CurrentUser;

import java.util.Map;

@Path("/test/moderation-only")
public class ProtectedResource {

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed("moderator")
    public Map<String, String> whoAmI() {
        return Map.of("username", user.username(), "displayName", user.publicDisplayName());
    }
}
