package kz.dauys.moderation.notices;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.moderation.decisions.Actor;
import kz.dauys.platform.identity.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/moderation/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Notices", description = "Reports of published content by signed-in users")
public class NoticeResource {

    private final NoticeService notices;
    private final CurrentUser user;

    NoticeResource(NoticeService notices, CurrentUser user) {
        this.notices = notices;
        this.user = user;
    }

    @POST
    @Operation(summary = "Report a published item (once per item); enough distinct reports hide it pending review")
    @APIResponse(responseCode = "201", description = "Report recorded")
    @APIResponse(responseCode = "404", description = "Moderation knows no such item")
    @APIResponse(responseCode = "409", description = "You have already reported this item")
    @APIResponse(responseCode = "422", description = "The item is not published")
    public Response report(@Valid @NotNull NoticeRequest request) {
        return Response.status(Response.Status.CREATED).entity(notices.report(Actor.of(user), request)).build();
    }
}
