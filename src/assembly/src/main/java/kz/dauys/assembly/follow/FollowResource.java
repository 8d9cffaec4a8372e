package kz.dauys.assembly.follow;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api")
@Tag(name = "Following", description = "Bodies a signed-in person follows")
@Authenticated
public class FollowResource {

    private final FollowService follows;

    FollowResource(FollowService follows) {
        this.follows = follows;
    }

    @GET
    @Path("/me/followed-bodies")
    @Operation(summary = "The bodies I follow, each with its upcoming public sessions")
    public List<FollowedBodyView> followed() {
        return follows.followed();
    }

    @PUT
    @Path("/me/followed-bodies/{bodyId}")
    @Operation(summary = "Follow a body")
    @APIResponse(responseCode = "201", description = "Now following")
    @APIResponse(responseCode = "204", description = "Already following")
    public Response follow(@PathParam("bodyId") UUID bodyId) {
        return follows.follow(bodyId) ? Response.status(201).build() : Response.noContent().build();
    }

    @DELETE
    @Path("/me/followed-bodies/{bodyId}")
    @Operation(summary = "Stop following a body")
    @APIResponse(responseCode = "204", description = "Not following (any more)")
    public void unfollow(@PathParam("bodyId") UUID bodyId) {
        follows.unfollow(bodyId);
    }
}
