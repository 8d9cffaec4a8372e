package kz.dauys.portal.budget;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.portal.web.Flash;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.budget.BudgetApi.*;

/**
 * Officials' budget desk: the cycles they manage, the review of proposals (feasible or not with a
 * reason, the official cost, merging duplicates) and moving a cycle to its next phase. The budget
 * service decides whether the official manages the cycle's territory; the portal only shows its answer.
 */
@Path("/official/budget")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OFFICIAL)
@Blocking
@Tag(name = "Budget review", description = "Officials' budget review and phase management")
public class BudgetReviewPages {

    static final List<String> PHASES = List.of("ANNOUNCED", "PROPOSALS", "REVIEW", "VOTING", "TALLYING", "RESULTS",
            "IMPLEMENTATION");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cycles(List<Cycle> cycles);

        static native TemplateInstance review(Cycle c, List<Proposal> pending, List<Proposal> reviewed,
                                              List<Proposal> all, String nextPhase, String nextPhaseKey, Flash flash,
                                              String detail);
    }

    private final BudgetClient budget;
    private final Pages pages;

    BudgetReviewPages(@RestClient BudgetClient budget, Pages pages) {
        this.budget = budget;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The budget cycles I manage")
    public TemplateInstance cycles() {
        List<Cycle> mine = budget.cycles(null, null, false, 0, 100).items().stream().filter(Cycle::isManageable).toList();
        return pages.show(Templates.cycles(mine));
    }

    @GET
    @Path("cycles/{id}")
    @Operation(summary = "Review a cycle's proposals and manage its phase")
    public TemplateInstance review(@PathParam("id") UUID id, @QueryParam("done") String done,
                                   @QueryParam("error") String error, @QueryParam("detail") String detail) {
        Cycle c = budget.cycle(id);
        if (!c.isManageable()) {
            throw new jakarta.ws.rs.ForbiddenException();
        }
        List<Proposal> all = budget.proposals(id, null, null, "newest", 0, 100).items();
        List<Proposal> pending = all.stream().filter(p -> "PENDING".equals(p.review())).toList();
        List<Proposal> reviewed = all.stream().filter(p -> !"PENDING".equals(p.review())).toList();
        int at = PHASES.indexOf(c.phase());
        String next = at >= 0 && at < PHASES.size() - 1 ? PHASES.get(at + 1) : null;
        return pages.show(Templates.review(c, pending, reviewed, all, next, BudgetApi.key("budget_phase_", next), Flash.of(done, error),
                detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail));
    }

    @POST
    @Path("cycles/{cycle}/proposals/{id}/review")
    @Operation(summary = "Record a proposal's feasibility, reason and official cost")
    public Response reviewProposal(@PathParam("cycle") UUID cycle, @PathParam("id") UUID id, @RestForm String feasible,
                                   @RestForm String reason, @RestForm String officialCost) {
        String why = BudgetPages.trim(reason);
        String cost = BudgetPages.trim(officialCost);
        Long tenge = cost.isEmpty() ? null : BudgetPages.parseTenge(cost);
        if (!List.of("yes", "no").contains(feasible) || why.isEmpty() || (!cost.isEmpty() && (tenge == null || tenge <= 0))) {
            return back(cycle, "error=rejected-input");
        }
        try {
            budget.review(id, new ReviewRequest("yes".equals(feasible), why, tenge));
            return back(cycle, "done=reviewed");
        } catch (WebApplicationException e) {
            return refused(cycle, e);
        }
    }

    @POST
    @Path("cycles/{cycle}/proposals/{id}/merge")
    @Operation(summary = "Merge a duplicate into another proposal")
    public Response merge(@PathParam("cycle") UUID cycle, @PathParam("id") UUID id, @RestForm String into,
                          @RestForm String reason) {
        UUID survivor;
        try {
            survivor = UUID.fromString(BudgetPages.trim(into));
        } catch (IllegalArgumentException notAnId) {
            return back(cycle, "error=rejected-input");
        }
        if (BudgetPages.trim(reason).isEmpty() || survivor.equals(id)) {
            return back(cycle, "error=rejected-input");
        }
        try {
            budget.merge(id, new MergeRequest(survivor, BudgetPages.trim(reason)));
            return back(cycle, "done=merged");
        } catch (WebApplicationException e) {
            return refused(cycle, e);
        }
    }

    @POST
    @Path("cycles/{cycle}/advance")
    @Operation(summary = "Move the cycle to its next phase")
    public Response advance(@PathParam("cycle") UUID cycle, @RestForm String to) {
        if (to == null || !PHASES.contains(to)) {
            return back(cycle, "error=rejected-input");
        }
        try {
            budget.advance(cycle, new AdvanceRequest(to));
            return back(cycle, "done=saved");
        } catch (WebApplicationException e) {
            return refused(cycle, e);
        }
    }

    /** The service's refusal, with its detail (e.g. "the official cost exceeds the budget") shown on the page. */
    private static Response refused(UUID cycle, WebApplicationException e) {
        ServiceProblem problem = ServiceProblem.of(e);
        if (problem.status() >= 500) {
            throw e;
        }
        String detail = problem.detail() == null ? "" : "&detail=" + java.net.URLEncoder.encode(problem.detail(),
                java.nio.charset.StandardCharsets.UTF_8);
        return back(cycle, "error=" + problem.flashCode() + detail);
    }

    private static Response back(UUID cycle, String query) {
        return BudgetPages.seeOther("/official/budget/cycles/" + cycle + "?" + query);
    }
}
