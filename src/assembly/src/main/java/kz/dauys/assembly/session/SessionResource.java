package kz.dauys.assembly.session;

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
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Sessions of a body and their lifecycle")
public class SessionResource {

    private final SessionService sessions;

    SessionResource(SessionService sessions) {
        this.sessions = sessions;
    }

    @GET
    @Path("/bodies/{bodyId}/sessions")
    @PermitAll
    @Operation(summary = "A body's sessions, oldest first (planned ones only for its secretary)")
    public PageView<SessionView> list(@PathParam("bodyId") UUID bodyId, @QueryParam("from") LocalDate from,
                                      @QueryParam("to") LocalDate to, @QueryParam("page") Integer page,
                                      @QueryParam("size") Integer size) {
        return sessions.list(bodyId, from, to, Paging.of(page, size));
    }

    @POST
    @Path("/bodies/{bodyId}/sessions")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Plan a session (the body's secretary)")
    @APIResponse(responseCode = "201", description = "Planned")
    @APIResponse(responseCode = "403", description = "Not this body's secretary")
    public Response create(@PathParam("bodyId") UUID bodyId, @Valid @NotNull SessionRequest request) {
        SessionView created = sessions.create(bodyId, request);
        return Response.created(URI.create("/api/sessions/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/sessions/{id}")
    @PermitAll
    @Operation(summary = "One session with its agenda, attendance, quorum and decisions")
    @APIResponse(responseCode = "404", description = "No such session, or it is still planned")
    public SessionView get(@PathParam("id") UUID id) {
        return sessions.get(id);
    }

    @PUT
    @Path("/sessions/{id}")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Change a planned session (the body's secretary)")
    @APIResponse(responseCode = "409", description = "The session is no longer planned")
    @APIResponse(responseCode = "422", description = "The agenda would no longer fit")
    public SessionView update(@PathParam("id") UUID id, @Valid @NotNull SessionRequest request) {
        return sessions.update(id, request);
    }

    @POST
    @Path("/sessions/{id}/transitions")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Move a session to its next status: planned -> agenda_published -> in_session -> closed -> minutes_published")
    @APIResponse(responseCode = "200", description = "Moved")
    @APIResponse(responseCode = "409", description = "Not the next status (problem type invalid-transition)")
    @APIResponse(responseCode = "422", description = "A rule refuses it: notice-period (with earliestSessionDate), agenda-empty, attendance-missing, decisions-missing")
    public SessionView transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        return sessions.transition(id, request.to());
    }
}
