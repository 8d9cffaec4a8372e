package kz.dauys.assembly.body;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bodies", description = "Maslikhats and local community gatherings")
public class BodyResource {

    private final BodyService bodies;
    private final AssemblyAccess access;
    private final CurrentUser user;

    BodyResource(BodyService bodies, AssemblyAccess access, CurrentUser user) {
        this.bodies = bodies;
        this.access = access;
        this.user = user;
    }

    @GET
    @Path("/bodies")
    @PermitAll
    @Operation(summary = "List bodies, optionally of one territory or kind")
    public List<BodyView> list(@QueryParam("territory") String territory, @QueryParam("kind") BodyKind kind) {
        return bodies.list(territory, kind);
    }

    @GET
    @Path("/bodies/{id}")
    @PermitAll
    @Operation(summary = "One body")
    @APIResponse(responseCode = "404", description = "No such body")
    public BodyView get(@PathParam("id") UUID id) {
        return bodies.get(id);
    }

    @POST
    @Path("/bodies")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a body (administrators)")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Unknown territory or invalid texts")
    public Response create(@Valid @NotNull BodyRequest request) {
        BodyView created = bodies.create(request);
        return Response.created(URI.create("/api/bodies/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/bodies/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a body (administrators)")
    public BodyView update(@PathParam("id") UUID id, @Valid @NotNull BodyRequest request) {
        return bodies.update(id, request);
    }

    @PUT
    @Path("/bodies/{id}/secretary")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Assign the secretary (an official of the body's territory, by username)")
    public BodyView assignSecretary(@PathParam("id") UUID id, @Valid @NotNull SecretaryRequest request) {
        return bodies.assignSecretary(id, request.username());
    }

    @PUT
    @Path("/bodies/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICIAL})
    @Operation(summary = "Replace the list of members (deputies): administrators or the body's secretary")
    @APIResponse(responseCode = "403", description = "Not an administrator nor this body's secretary")
    public BodyView replaceMembers(@PathParam("id") UUID id, @Valid @NotNull MembersRequest request) {
        if (!user.hasRole(Roles.ADMIN)) {
            access.requireSecretaryOf(Body.require(id));
        }
        return bodies.replaceMembers(id, request.members());
    }
}
