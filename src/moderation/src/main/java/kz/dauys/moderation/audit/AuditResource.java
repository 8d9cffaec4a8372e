package kz.dauys.moderation.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.moderation.cases.Page;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/moderation/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@Tag(name = "Audit", description = "The log of every moderation action (moderators and administrators)")
public class AuditResource {

    private final AuditQueries queries;

    AuditResource(AuditQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Audit entries, newest first, optionally by actor (subject) and action")
    public Page<AuditView> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("50") int size) {
        return queries.search(actor, action, page, size);
    }
}
