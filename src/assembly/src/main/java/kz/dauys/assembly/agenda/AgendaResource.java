package kz.dauys.assembly.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agenda", description = "The agenda of a planned session (the body's secretary); read it with GET /api/sessions/{id}")
@RolesAllowed(Roles.OFFICIAL)
public class AgendaResource {

    private final AgendaService agenda;

    AgendaResource(AgendaService agenda) {
        this.agenda = agenda;
    }

    @POST
    @Path("/sessions/{sessionId}/agenda/items")
    @Operation(summary = "Add an item (a sub-item with parentId) at the end of its level")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "The session is no longer planned")
    @APIResponse(responseCode = "422", description = "The durations would not fit (agenda-too-long, agenda-item-too-long) or nesting too deep")
    public Response add(@PathParam("sessionId") UUID sessionId, @Valid @NotNull AgendaItemRequest request) {
        AgendaItemView added = agenda.add(sessionId, request);
        return Response.created(URI.create("/api/sessions/" + sessionId + "/agenda/items/" + added.id())).entity(added).build();
    }

    @PUT
    @Path("/sessions/{sessionId}/agenda/items/{itemId}")
    @Operation(summary = "Change an item's texts, duration, presenter, documents or related entity")
    public AgendaItemView update(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
                                 @Valid @NotNull AgendaItemRequest request) {
        requireInSession(sessionId, itemId);
        return agenda.update(itemId, request);
    }

    @DELETE
    @Path("/sessions/{sessionId}/agenda/items/{itemId}")
    @Operation(summary = "Remove an item and its sub-items")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId) {
        requireInSession(sessionId, itemId);
        agenda.delete(itemId);
    }

    @PUT
    @Path("/sessions/{sessionId}/agenda/order")
    @Operation(summary = "Reorder the items of one level (parentId null: the top level); answers the whole agenda")
    public List<AgendaItemView> reorder(@PathParam("sessionId") UUID sessionId, @Valid @NotNull ReorderRequest request) {
        return agenda.reorder(sessionId, request);
    }

    private static void requireInSession(UUID sessionId, UUID itemId) {
        AgendaItem item = AgendaItem.require(itemId);
        if (!item.sessionId.equals(sessionId)) {
            throw ProblemException.notFound("Agenda item", itemId);
        }
    }
}
