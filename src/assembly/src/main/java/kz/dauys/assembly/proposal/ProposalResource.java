package kz.dauys.assembly.proposal;

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
import java.util.UUID;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Item proposals", description = "Agenda items proposed by residents or by events (petitions, budget results)")
public class ProposalResource {

    private final ProposalService proposals;

    ProposalResource(ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @Path("/bodies/{bodyId}/proposals")
    @PermitAll
    @Operation(summary = "A body's published proposals, newest first; status filters (collecting, awaiting_decision, accepted, declined)")
    public PageView<ProposalView> list(@PathParam("bodyId") UUID bodyId, @QueryParam("status") String status,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        ProposalStatus parsed;
        try {
            parsed = status == null ? null : ProposalStatus.fromCode(status);
        } catch (IllegalArgumentException e) {
            throw kz.dauys.platform.problem.ProblemException.invalidField("status", e.getMessage());
        }
        return proposals.listForBody(bodyId, parsed, Paging.of(page, size));
    }

    @POST
    @Path("/bodies/{bodyId}/proposals")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Propose an agenda item (adult residents of the body's territory); it goes to moderation")
    @APIResponse(responseCode = "201", description = "Submitted to moderation")
    @APIResponse(responseCode = "403", description = "Not an adult resident of the territory")
    public Response propose(@PathParam("bodyId") UUID bodyId, @Valid @NotNull ProposalRequest request) {
        ProposalView created = proposals.propose(bodyId, request);
        return Response.created(URI.create("/api/proposals/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/proposals/{id}")
    @PermitAll
    @Operation(summary = "One proposal (unpublished ones only for their author and the secretary)")
    public ProposalView get(@PathParam("id") UUID id) {
        return proposals.get(id);
    }

    @PUT
    @Path("/proposals/{id}")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Rewrite a proposal after moderation asked for changes (its author); it goes back to moderation")
    @APIResponse(responseCode = "409", description = "Moderation did not ask for changes")
    public ProposalView resubmit(@PathParam("id") UUID id, @Valid @NotNull ProposalRequest request) {
        return proposals.resubmit(id, request);
    }

    @POST
    @Path("/proposals/{id}/cosponsors")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Co-sponsor a proposal (adult residents of the territory, once per person)")
    @APIResponse(responseCode = "200", description = "Co-sponsored; answers the proposal with its new count")
    @APIResponse(responseCode = "403", description = "Not a resident of the territory")
    @APIResponse(responseCode = "409", description = "Already co-sponsored, or the proposal is not open")
    @APIResponse(responseCode = "422", description = "The author's own proposal")
    public ProposalView cosponsor(@PathParam("id") UUID id) {
        return proposals.cosponsor(id);
    }

    @GET
    @Path("/proposals/{id}/cosponsors")
    @PermitAll
    @Operation(summary = "Who co-sponsors a proposal (first name and surname initial)")
    public PageView<CosponsorView> cosponsors(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                                              @QueryParam("size") Integer size) {
        return proposals.cosponsors(id, Paging.of(page, size));
    }

    @POST
    @Path("/proposals/{id}/accept")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Accept a proposal into a planned session's agenda (the body's secretary)")
    @APIResponse(responseCode = "409", description = "The proposal is not open or the session is not planned")
    @APIResponse(responseCode = "422", description = "The agenda would not fit the session")
    public ProposalView accept(@PathParam("id") UUID id, @Valid @NotNull AcceptRequest request) {
        return proposals.accept(id, request);
    }

    @POST
    @Path("/proposals/{id}/decline")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Decline a proposal with a written reason the proposer sees (the body's secretary)")
    public ProposalView decline(@PathParam("id") UUID id, @Valid @NotNull DeclineRequest request) {
        return proposals.decline(id, request);
    }

    @GET
    @Path("/me/proposals")
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "The caller's own proposals in every status, with moderation statements and decline reasons")
    public PageView<ProposalView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return proposals.listMine(Paging.of(page, size));
    }
}
