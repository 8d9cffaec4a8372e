package kz.dauys.portal.budget;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
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
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.budget.BudgetApi.*;

/**
 * Counting and after: officials enter paper ballot batches (during voting and tallying), count the results again
 * during tallying, and record the implementation progress of every funded project once results are published.
 */
@Path("/official/budget-counting/{cycle}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OFFICIAL)
@Blocking
@Tag(name = "Budget counting", description = "Paper ballots, recount and implementation progress")
public class BudgetCountingPages {

    static final List<String> IMPLEMENTATION = List.of("PLANNED", "IN_PROGRESS", "COMPLETED", "CANCELLED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance paperBallots(Cycle c, BallotPaper paper, List<PaperBatch> batches, PaperForm form,
                                                    Flash flash, FormProblem problem, int badLine);

        static native TemplateInstance implementation(Cycle c, List<ProjectProgress> projects, ProgressForm form,
                                                      Flash flash, FormProblem problem);
    }

    /** The paper batch form as typed. */
    public record PaperForm(String label, String spoiled, String ballots) {
    }

    /** A progress note as typed, for the project it was typed for. */
    public record ProgressForm(UUID proposalId, String status, String percent, String note, String notedOn) {

        static final ProgressForm NONE = new ProgressForm(null, null, null, null, null);

        /** What the project's form shows: the typed value when it was this project's form that came back. */
        public String statusFor(UUID project, String current) {
            return project.equals(proposalId) ? status : current;
        }

        public String percentFor(UUID project, int current) {
            return project.equals(proposalId) ? percent : Integer.toString(current);
        }

        public String noteFor(UUID project) {
            return project.equals(proposalId) ? note : "";
        }

        public String dayFor(UUID project) {
            return project.equals(proposalId) ? notedOn : "";
        }
    }

    private final BudgetClient budget;
    private final Pages pages;

    BudgetCountingPages(@RestClient BudgetClient budget, Pages pages) {
        this.budget = budget;
        this.pages = pages;
    }

    @GET
    @Path("paper-ballots")
    @Operation(summary = "Paper ballot batches entered so far, and the form for the next one")
    public TemplateInstance paperBallots(@PathParam("cycle") UUID cycle, @QueryParam("done") String done) {
        Cycle c = managed(cycle);
        return pages.show(Templates.paperBallots(c, budget.ballotPaper(cycle), budget.paperBatches(cycle),
                new PaperForm("", "0", ""), Flash.of(done, null), null, 0));
    }

    @POST
    @Path("paper-ballots")
    @Operation(summary = "Enter a batch of paper ballots (all valid or none stored)")
    public Response enterPaperBallots(@PathParam("cycle") UUID cycle, @RestForm String label, @RestForm String spoiled,
                                      @RestForm String ballots) {
        Cycle c = managed(cycle);
        PaperForm form = new PaperForm(BudgetPages.trim(label), BudgetPages.trim(spoiled), ballots == null ? "" : ballots);
        BallotPaper paper = budget.ballotPaper(cycle);
        Integer spoiledCount = form.spoiled().isEmpty() ? Integer.valueOf(0) : count(form.spoiled());
        if (form.label().isEmpty() || spoiledCount == null) {
            return paperRefused(c, paper, form, FormProblem.key("budget_paper_error_required"), 0);
        }
        PaperBallots.Parsed parsed = PaperBallots.parse(form.ballots(), paper.projects(),
                paper.rules() != null && paper.rules().isCumulative());
        if (parsed.problemKey() != null) {
            return paperRefused(c, paper, form, FormProblem.key(parsed.problemKey()), parsed.badLine());
        }
        try {
            budget.enterPaperBatch(cycle, new PaperBatchRequest(form.label(), parsed.ballots(), spoiledCount));
            return BudgetPages.seeOther("/official/budget-counting/" + cycle + "/paper-ballots?done=entered");
        } catch (WebApplicationException e) {
            return paperRefused(c, paper, form, BudgetCyclePages.problem(e), 0);
        }
    }

    @POST
    @Path("recount")
    @Operation(summary = "Count the results again (tallying only)")
    public Response recount(@PathParam("cycle") UUID cycle) {
        try {
            budget.recount(cycle);
            return BudgetPages.seeOther("/official/budget/cycles/" + cycle + "?done=recounted");
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            String detail = problem.detail() == null ? "" : "&detail=" + URLEncoder.encode(problem.detail(), StandardCharsets.UTF_8);
            return BudgetPages.seeOther("/official/budget/cycles/" + cycle + "?error=" + problem.flashCode() + detail);
        }
    }

    @GET
    @Path("implementation")
    @Operation(summary = "The funded projects with their progress, and a form for each")
    public TemplateInstance implementation(@PathParam("cycle") UUID cycle, @QueryParam("done") String done) {
        Cycle c = managed(cycle);
        return pages.show(Templates.implementation(c, progress(c), ProgressForm.NONE, Flash.of(done, null), null));
    }

    @POST
    @Path("implementation/{proposal}")
    @Operation(summary = "Record a funded project's progress")
    public Response recordProgress(@PathParam("cycle") UUID cycle, @PathParam("proposal") UUID proposal,
                                   @RestForm String status, @RestForm String percent, @RestForm String note,
                                   @RestForm String notedOn) {
        Cycle c = managed(cycle);
        ProgressForm form = new ProgressForm(proposal, BudgetPages.trim(status), BudgetPages.trim(percent),
                BudgetPages.trim(note), BudgetPages.trim(notedOn));
        Integer done = count(form.percent());
        LocalDate day = null;
        if (!form.notedOn().isEmpty()) {
            try {
                day = LocalDate.parse(form.notedOn());
            } catch (DateTimeParseException e) {
                return progressRefused(c, form, FormProblem.key("budget_progress_error_date"));
            }
        }
        if (!IMPLEMENTATION.contains(form.status()) || done == null || done > 100 || form.note().isEmpty()) {
            return progressRefused(c, form, FormProblem.key("budget_progress_error_required"));
        }
        try {
            budget.recordProgress(cycle, proposal, new ProgressRequest(form.status(), done, form.note(), day));
            return BudgetPages.seeOther("/official/budget-counting/" + cycle + "/implementation?done=saved");
        } catch (WebApplicationException e) {
            return progressRefused(c, form, BudgetCyclePages.problem(e));
        }
    }

    private List<ProjectProgress> progress(Cycle c) {
        return c.isResultsPublic() ? budget.implementation(c.id()) : List.of();
    }

    private Cycle managed(UUID id) {
        Cycle c = budget.cycle(id);
        if (!c.isManageable()) {
            throw new ForbiddenException();
        }
        return c;
    }

    private Response paperRefused(Cycle c, BallotPaper paper, PaperForm form, FormProblem problem, int badLine) {
        return html(problem.status(), Templates.paperBallots(c, paper, budget.paperBatches(c.id()), form, null, problem, badLine));
    }

    private Response progressRefused(Cycle c, ProgressForm form, FormProblem problem) {
        return html(problem.status(), Templates.implementation(c, progress(c), form, null, problem));
    }

    private Response html(int status, TemplateInstance page) {
        return Response.status(status).entity(pages.show(page)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static Integer count(String digits) {
        if (digits == null || digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(digits);
    }
}
