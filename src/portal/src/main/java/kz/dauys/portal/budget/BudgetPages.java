package kz.dauys.portal.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.dauys.portal.chart.Chart;
import kz.dauys.portal.chart.SvgCharts;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import kz.dauys.portal.i18n.Msg;
import kz.dauys.portal.web.Flash;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.PortalLocale;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.budget.BudgetApi.*;

/** Citizens' participatory budget pages: cycles, proposals, proposing, the ballot, results and implementation. */
@Path("/budget")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Budget", description = "Participatory budget pages")
public class BudgetPages {

    static final List<String> SORTS = List.of("supporters", "newest", "cost");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cycles(CyclePage page, int pages);

        static native TemplateInstance cycle(Cycle c, ProposalPage proposals, List<Category> categories, String category,
                                             String sort, Flash flash);

        static native TemplateInstance proposal(Cycle c, Proposal p, AuthorProposal authorView, SupportView support,
                                                Flash flash);

        static native TemplateInstance propose(Cycle c, List<Category> categories, ProposalInput input, String error,
                                               String detail);

        static native TemplateInstance vote(Cycle c, BallotForm ballot, MyBallot mine, Chart total, Flash flash);

        static native TemplateInstance results(Cycle c, Results results, List<Explained> projects, Chart votes,
                                               Chart spent, Chart channels, List<ProjectProgress> progress);
    }

    /** What the resident typed, kept when the form comes back with an error. */
    public record ProposalInput(String title, String description, String category, String language, String location,
                                String estimatedCost, String attachments) {
    }

    /** A project of the results with its outcome explained in the reader's language under both rules. */
    public record Explained(ProjectResult project, String why, String whyUnderComparison) {
    }

    private final BudgetClient budget;
    private final Pages pages;
    private final Viewer viewer;
    private final ObjectMapper json;
    private final PortalLocale locale;

    BudgetPages(@RestClient BudgetClient budget, Pages pages, Viewer viewer, ObjectMapper json, PortalLocale locale) {
        this.budget = budget;
        this.pages = pages;
        this.viewer = viewer;
        this.json = json;
        this.locale = locale;
    }

    @GET
    @Operation(summary = "Participatory budget cycles")
    public TemplateInstance cycles(@QueryParam("page") Integer page) {
        int number = page == null || page < 0 ? 0 : page;
        CyclePage result = budget.cycles(null, null, false, number, 20);
        return pages.show(Templates.cycles(result, (int) Math.max(1, (result.total() + 19) / 20)));
    }

    @GET
    @Path("cycles/{id}")
    @Operation(summary = "A cycle: phase, budget, dates, rules and its proposals")
    public TemplateInstance cycle(@PathParam("id") UUID id, @QueryParam("category") String category,
                                  @QueryParam("sort") String sort, @QueryParam("done") String done,
                                  @QueryParam("error") String error) {
        Cycle c = budget.cycle(id);
        List<String> categories = budget.categories();
        String chosenCategory = category != null && categories.contains(category) ? category : null;
        String order = sort != null && SORTS.contains(sort) ? sort : "supporters";
        ProposalPage proposals = budget.proposals(id, chosenCategory, null, order, 0, 100);
        return pages.show(Templates.cycle(c, proposals, categories(categories), chosenCategory == null ? "" : chosenCategory, order,
                Flash.of(done, error)));
    }

    @GET
    @Path("proposals/{id}")
    @Operation(summary = "A proposal, its review and support")
    public TemplateInstance proposal(@PathParam("id") UUID id, @QueryParam("done") String done,
                                     @QueryParam("error") String error) {
        JsonNode node = budget.proposal(id);
        AuthorProposal authorView = node.has("proposal") ? json.convertValue(node, AuthorProposal.class) : null;
        Proposal p = authorView != null ? authorView.proposal() : json.convertValue(node, Proposal.class);
        Cycle c = budget.cycle(p.cycleId());
        SupportView support = null;
        if (viewer.isCitizen() && c.isOpenToMe() && c.allows("SUPPORT_PROPOSAL")) {
            support = budget.mySupport(id);
        }
        return pages.show(Templates.proposal(c, p, authorView, support, Flash.of(done, error)));
    }

    @POST
    @Path("proposals/{id}/support")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Support a proposal")
    public Response support(@PathParam("id") UUID id, @RestForm String withdraw) {
        try {
            if ("yes".equals(withdraw)) {
                budget.withdrawSupport(id);
            } else {
                budget.support(id);
            }
            return seeOther("/budget/proposals/" + id + "?done=saved");
        } catch (WebApplicationException e) {
            return seeOther("/budget/proposals/" + id + "?error=" + ServiceProblem.of(e).flashCode());
        }
    }

    @GET
    @Path("cycles/{id}/propose")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "The proposal form")
    public TemplateInstance proposeForm(@PathParam("id") UUID id) {
        return propose(budget.cycle(id), new ProposalInput("", "", "", pages.language(), "", "", ""), null, null);
    }

    @POST
    @Path("cycles/{id}/propose")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Submit a proposal for moderation")
    public Object propose(@PathParam("id") UUID id, @RestForm String title, @RestForm String description,
                          @RestForm String category, @RestForm String language, @RestForm String location,
                          @RestForm String estimatedCost, @RestForm String attachments) {
        Cycle c = budget.cycle(id);
        String lang = List.of("kk", "ru", "en").contains(language) ? language : pages.language();
        ProposalInput input = new ProposalInput(trim(title), trim(description), trim(category), lang, trim(location),
                trim(estimatedCost), trim(attachments));
        if (input.title().isEmpty() || input.description().isEmpty() || input.category().isEmpty()
                || input.estimatedCost().isEmpty()) {
            return propose(c, input, "budget_error_required", null);
        }
        Long cost = parseTenge(input.estimatedCost());
        if (cost == null || cost <= 0) {
            return propose(c, input, "budget_error_cost", null);
        }
        List<String> links = input.attachments().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        ProposalRequest request = new ProposalRequest(input.title(), input.description(), input.category(), lang,
                input.location().isEmpty() ? null : new Location(input.location(), null, null), cost,
                links.isEmpty() ? null : links);
        try {
            AuthorProposal created = budget.submit(id, request);
            return seeOther("/budget/proposals/" + created.proposal().id() + "?done=proposed");
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            return propose(c, input, problem.status() == 403 ? "budget_error_not_resident" : "budget_error_rejected",
                    problem.detail());
        }
    }

    @GET
    @Path("cycles/{id}/vote")
    @Operation(summary = "The ballot with a running total against the budget")
    public TemplateInstance voteForm(@PathParam("id") UUID id, @QueryParam("done") String done) {
        Cycle c = budget.cycle(id);
        BallotPaper paper = budget.ballotPaper(id);
        MyBallot mine = viewer.isCitizen() && c.isOpenToMe() ? budget.myBallot(id) : null;
        BallotForm ballot = BallotForm.of(paper, mine == null ? null : mine.choices());
        return vote(c, ballot, mine, Flash.of(done, null));
    }

    /**
     * Without JavaScript the total is recomputed here: "check" only re-renders the ballot with the total,
     * "cast" stores it, or shows the rules it breaks with the choices kept.
     */
    @POST
    @Path("cycles/{id}/vote")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Recompute the total, or cast the ballot")
    public Object vote(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        Cycle c = budget.cycle(id);
        BallotPaper paper = budget.ballotPaper(id);
        Map<String, String> fields = new HashMap<>();
        form.forEach((name, values) -> {
            if (!values.isEmpty()) {
                fields.put(name, values.get(0));
            }
        });
        BallotForm ballot = BallotForm.read(paper, form.getOrDefault("project", List.of()), fields);
        if (!"cast".equals(fields.get("action"))) {
            return vote(c, ballot, null, null);
        }
        try {
            budget.cast(id, ballot.request());
            return seeOther("/budget/cycles/" + id + "/vote?done=voted");
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500) {
                throw e;
            }
            if (problem.status() == 422 || problem.status() == 400) {
                return vote(c, ballot.withViolations(BallotForm.violations(e)), null, null);
            }
            return vote(c, ballot, null, Flash.of(null, problem.flashCode()));
        }
    }

    private TemplateInstance propose(Cycle c, ProposalInput input, String error, String detail) {
        return pages.show(Templates.propose(c, categories(budget.categories()), input, error, detail));
    }

    TemplateInstance vote(Cycle c, BallotForm ballot, MyBallot mine, Flash flash) {
        BudgetMsg msg = texts();
        Chart total = pages.charts().progress("ballot-total-" + c.id(),
                msg.budget_total_of(pages.number(ballot.getTotal()), pages.number(ballot.paper().budget())),
                msg.budget_total_desc(Integer.toString(ballot.getPercentOfBudget())), ballot.getTotal(), ballot.paper().budget());
        return pages.show(Templates.vote(c, ballot, mine, total, flash));
    }

    @GET
    @Path("cycles/{id}/results")
    @Operation(summary = "Results with the outcome explained per project, charts and implementation")
    public TemplateInstance results(@PathParam("id") UUID id) {
        Cycle c = budget.cycle(id);
        Results results = budget.results(id);
        BudgetMsg msg = texts();
        List<Explained> explained = new ArrayList<>();
        for (ProjectResult project : results.projects()) {
            explained.add(new Explained(project, explain(project, project.why(), msg), explain(project, project.whyUnderComparison(), msg)));
        }
        SvgCharts charts = pages.charts();
        Chart votes = charts.horizontalBars("votes-" + id, msg.budget_chart_votes(), msg.budget_chart_votes_desc(),
                results.projects().stream().map(p -> new SvgCharts.Point(p.title(), p.votes())).toList());
        Chart spent = charts.progress("spent-" + id,
                msg.budget_chart_spent(pages.number(results.chosen().spent()), pages.number(results.budget())),
                msg.budget_chart_spent_desc(pages.number(results.chosen().remaining())), results.chosen().spent(), results.budget());
        Chart channels = charts.bars("channels-" + id, msg.budget_chart_channels(), msg.budget_chart_channels_desc(), List.of(
                new SvgCharts.Point(msg.budget_channel_online(), results.ballots().online()),
                new SvgCharts.Point(msg.budget_channel_paper(), results.ballots().paper()),
                new SvgCharts.Point(msg.budget_channel_imported(), results.ballots().imported())));
        List<ProjectProgress> progress = c.isResultsPublic() && !c.replay() ? budget.implementation(id) : List.of();
        return pages.show(Templates.results(c, results, explained, votes, spent, channels, progress));
    }

    /** The outcome of one project in words, from the figures the rule used. */
    String explain(ProjectResult project, Why why, BudgetMsg msg) {
        if (why == null) {
            return "";
        }
        String cost = pages.number(project.cost());
        String votes = pages.number(project.votes());
        return switch (why.kind() == null ? "" : why.kind()) {
            case "greedy" -> why.funded()
                    ? msg.budget_why_greedy_funded(votes, cost, pages.number(orZero(why.remainingBefore())))
                    : project.votes() == 0 ? msg.budget_why_no_votes()
                    : msg.budget_why_greedy_skipped(votes, cost, pages.number(orZero(why.remainingBefore())));
            case "equal-shares-purchase" -> msg.budget_why_mes_bought(String.valueOf(why.round()),
                    pages.number(orZero(why.supporters())), money(why.paymentPerSupporter()));
            case "equal-shares-rejection" -> orZero(why.supporters()) == 0 ? msg.budget_why_no_votes()
                    : msg.budget_why_mes_rejected(pages.number(orZero(why.supporters())),
                    money(why.supportersMoneyBefore()), cost);
            case "no-ballots" -> msg.budget_why_no_ballots();
            default -> why.funded() ? msg.budget_why_funded() : msg.budget_why_not_funded();
        };
    }

    /** The budget texts in the request's language. */
    BudgetMsg texts() {
        String language = pages.language();
        return Msg.DEFAULT_LANGUAGE.equals(language) ? MessageBundles.get(BudgetMsg.class)
                : MessageBundles.get(BudgetMsg.class, Localized.Literal.of(language));
    }

    private static List<Category> categories(List<String> codes) {
        return codes.stream().map(Category::new).toList();
    }

    /** A decimal amount from the service ("4500000.00") in the reader's number format. */
    private String money(String decimal) {
        if (decimal == null) {
            return "";
        }
        try {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale.locale());
            format.setMinimumFractionDigits(0);
            format.setMaximumFractionDigits(2);
            return format.format(new java.math.BigDecimal(decimal));
        } catch (NumberFormatException notDecimal) {
            return decimal;
        }
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    /** Tenge as people type them: "12 000 000", "12,000,000" or "12000000". */
    static Long parseTenge(String value) {
        String digits = value.replaceAll("[\\s\\u00a0\\u202f,.'’]", "");
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 15) {
            return null;
        }
        return Long.parseLong(digits);
    }
}
