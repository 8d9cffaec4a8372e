package kz.dauys.budget.proposal;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/budget/cycles/{cycleId}/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Proposals")
public class CycleProposalsResource {

    private final ProposalService proposals;
    private final CycleService cycles;
    private final CycleAccess access;

    CycleProposalsResource(ProposalService proposals, CycleService cycles, CycleAccess access) {
        this.proposals = proposals;
        this.cycles = cycles;
        this.access = access;
    }

    @POST
        @Authenticated
    @Operation(summary = "Submit a proposal", description = "Adult residents of the cycle's territory, while proposals "
            + "are open. The proposal goes to moderation and is public once approved.")
    @APIResponse(responseCode = "201", description = "Submitted, pending moderation")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not an adult resident of the territory")
    @APIResponse(responseCode = "422", description = "Proposals are not open")
    public Response submit(@PathParam("cycleId") UUID cycleId, @NotNull @Valid ProposalRequest request) {
        BudgetCycle cycle = cycles.require(cycleId);
        access.requireResident(cycle);
        Proposal proposal = proposals.submit(cycle, request, access.subject(), access.displayName());
        return Response.created(URI.create("/api/budget/proposals/" + proposal.id)).entity(ProposalViews.author(proposal)).build();
    }

    @GET
        @Operation(summary = "Published proposals of a cycle", description = "Sort by supporters (default), newest or cost; "
            + "filter by category and review status. Merged duplicates are left out unless includeMerged=true.")
    public PageView<ProposalView> list(@PathParam("cycleId") UUID cycleId, @QueryParam("category") String category,
                                       @QueryParam("review") ReviewStatus review, @QueryParam("sort") String sort,
                                       @QueryParam("includeMerged") boolean includeMerged,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        cycles.require(cycleId);
        Paging paging = Paging.of(page, size);
        StringBuilder where = new StringBuilder("cycleId = :cycle and moderationStatus = :approved");
        Map<String, Object> params = new HashMap<>();
        params.put("cycle", cycleId);
        params.put("approved", ModerationStatus.APPROVED);
        if (category != null && !category.isBlank()) {
            where.append(" and category = :category");
            params.put("category", category);
        }
        if (review != null) {
            where.append(" and reviewStatus = :review");
            params.put("review", review);
        } else if (!includeMerged) {
            where.append(" and reviewStatus <> :merged");
            params.put("merged", ReviewStatus.MERGED);
        }
        Sort order = switch (sort == null ? "supporters" : sort) {
            case "supporters" -> Sort.descending("supporters").and("submittedAt").and("id");
            case "newest" -> Sort.descending("submittedAt").and("id");
            case "cost" -> Sort.ascending("estimatedCost").and("id");
            default -> throw ProblemException.invalidField("sort", "sort must be supporters, newest or cost");
        };
        PanacheQuery<Proposal> query = Proposal.find(where.toString(), order, params).page(Page.of(paging.page(), paging.size()));
        List<Proposal> found = query.list();
        Map<UUID, String> reasons = ProposalViews.reviewReasons(found.stream().map(p -> p.id).toList());
        return new PageView<>(found.stream().map(p -> ProposalView.of(p, reasons.get(p.id))).toList(),
                paging.page(), paging.size(), query.count());
    }

}
