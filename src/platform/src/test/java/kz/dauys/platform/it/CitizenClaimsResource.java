package kz.dauys.platform.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import kz.dauys.platform.identity.CurrentUser;

import java.time.LocalDate;
import java.util.Map;

/** What CurrentUser reads from a citizen's token (test realm data only). */
@Path("/test/citizen-claims")
public class CitizenClaimsResource {

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed("citizen")
    public Map<String, Object> claims() {
        return Map.of("iin", user.requireAdultResident(LocalDate.now()).value(),
                "region", user.region().orElse("-"), "district", user.district().orElse("-"),
                "territory", user.territory().orElse("-"), "displayName", user.publicDisplayName());
    }
}
