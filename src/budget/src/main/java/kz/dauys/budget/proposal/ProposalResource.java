package kz.dauys.budget.proposal;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CycleAccess;
import kz.dauys.budget.cycle.CycleService;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/budget/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals", description = "Residents' project proposals, their support and the officials' review")
public class ProposalResource {

    private final ProposalService proposals;
    private final CycleService cycles;
    private final CycleAccess access;

    ProposalResource(ProposalService proposals, CycleService cycles, CycleAccess access) {
        this.proposals = proposals;
        this.cycles = cycles;
        this.access = access;
    }

    @GET
    @Path("categories")
    @Operation(summary = "The categories a proposal can have")
    public List<String> categories() {
        return proposals.categories();
    }

    @GET
    @Path("mine")
    @Authenticated
    @Operation(summary = "My proposals", description = "Every proposal the caller submitted, with every decision and its reason.")
    public PageView<AuthorProposalView> mine(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(page, size);
        PanacheQuery<Proposal> query = Proposal.find("authorSubject", Sort.descending("submittedAt"), access.subject())
                .page(Page.of(paging.page(), paging.size()));
        return new PageView<>(query.list().stream().map(ProposalViews::author).toList(), paging.page(), paging.size(), query.count());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One proposal", description = "Published proposals for everyone; the author and the cycle's "
            + "officials also see unpublished ones, with moderation state and decisions.")
    @APIResponse(responseCode = "200", description = "The proposal (an author view for the author and officials)")
    @APIResponse(responseCode = "404", description = "No such published proposal")
    public Object get(@PathParam("id") UUID id) {
        Proposal proposal = proposals.require(id);
        if (isAuthor(proposal) || access.canManage(cycles.require(proposal.cycleId))) {
            return ProposalViews.author(proposal);
        }
        if (!proposal.isPublic()) {
            throw ProblemException.notFound("Proposal", id);
        }
        return ProposalView.of(proposal, ProposalViews.reviewReasons(List.of(id)).get(id));
    }

    @PUT
    @Path("{id}")
    @Authenticated
    @Operation(summary = "Change and resubmit", description = "The author, after moderation asked for changes.")
    @APIResponse(responseCode = "200", description = "Resubmitted to moderation")
    @APIResponse(responseCode = "422", description = "Moderation did not ask for changes")
    public AuthorProposalView resubmit(@PathParam("id") UUID id, @NotNull @Valid ProposalRequest request) {
        Proposal proposal = proposals.require(id);
        if (!isAuthor(proposal)) {
            throw ProblemException.forbidden("Only the author can change a proposal.");
        }
        BudgetCycle cycle = cycles.require(proposal.cycleId);
        access.requireResident(cycle);
        return ProposalViews.author(proposals.resubmit(cycle, id, request));
    }

    @POST
    @Path("{id}/support")
    @Authenticated
    @Operation(summary = "Support a proposal", description = "Adult residents of the territory, while proposals are open; once per person.")
    @APIResponse(responseCode = "200", description = "Supported (again: no change)")
    @APIResponse(responseCode = "403", description = "Not an adult resident of the territory")
    public SupportView support(@PathParam("id") UUID id) {
        Proposal proposal = proposals.require(id);
        BudgetCycle cycle = cycles.require(proposal.cycleId);
        String supporter = access.requireResident(cycle);
        ProposalService.Supported supported = proposals.support(cycle, id, supporter);
        return new SupportView(id, true, supported.added(), supported.supporters());
    }

    @DELETE
    @Path("{id}/support")
    @Authenticated
    @Operation(summary = "Withdraw support")
    public SupportView withdraw(@PathParam("id") UUID id) {
        Proposal proposal = proposals.require(id);
        BudgetCycle cycle = cycles.require(proposal.cycleId);
        String supporter = access.requireResident(cycle);
        return new SupportView(id, false, false, proposals.withdrawSupport(cycle, id, supporter));
    }

    @GET
    @Path("{id}/support")
    @Authenticated
    @Operation(summary = "Whether I support a proposal")
    public SupportView mySupport(@PathParam("id") UUID id) {
        Proposal proposal = proposals.require(id);
        String supporter = access.requireResident(cycles.require(proposal.cycleId));
        return new SupportView(id, proposals.supports(id, supporter), false, proposal.supporters);
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Review feasibility", description = "Feasible or not, with a required reason; optionally the "
            + "official cost estimate, which replaces the author's.")
    @APIResponse(responseCode = "200", description = "Reviewed")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    @APIResponse(responseCode = "422", description = "Not in a review phase, not published, merged, or over budget")
    public AuthorProposalView review(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request) {
        Proposal proposal = proposals.require(id);
        BudgetCycle cycle = cycles.require(proposal.cycleId);
        access.requireManager(cycle);
        return ProposalViews.author(proposals.review(cycle, id, request, access.displayName()));
    }

    @POST
    @Path("{id}/merge")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Merge a duplicate", description = "Folds this proposal into 'into'; supporters follow.")
    @APIResponse(responseCode = "200", description = "The surviving proposal")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    public AuthorProposalView merge(@PathParam("id") UUID id, @NotNull @Valid MergeRequest request) {
        Proposal duplicate = proposals.require(id);
        Proposal survivor = proposals.require(request.into());
        BudgetCycle cycle = cycles.require(duplicate.cycleId);
        access.requireManager(cycle);
        return ProposalViews.author(proposals.merge(cycle, id, survivor.id, request.reason(), access.displayName()));
    }

    public record SupportView(UUID proposalId, boolean supported, boolean added, int supporters) {
    }

    private boolean isAuthor(Proposal proposal) {
        return !access.isAnonymous() && proposal.authorSubject != null && proposal.authorSubject.equals(access.subject());
    }

}
