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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.UUID;

import static kz.dauys.portal.budget.BudgetApi.Cycle;

/**
 * Officials open a budget cycle and change it until voting opens: titles in the three languages, the budget, the
 * first day of every phase, the counting rule and the ballot rules. The budget service decides whether the official
 * manages the territory and whether the dates and rules hold; a refusal comes back on the form with what was typed.
 */
@Path("/official/budget-cycles")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OFFICIAL)
@Blocking
@Tag(name = "Budget cycles", description = "Officials open and change participatory-budget cycles")
public class BudgetCyclePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cycleForm(Cycle c, CycleForm form, FormProblem problem);
    }

    private final BudgetClient budget;
    private final Pages pages;
    private final Viewer viewer;

    BudgetCyclePages(@RestClient BudgetClient budget, Pages pages, Viewer viewer) {
        this.budget = budget;
        this.pages = pages;
        this.viewer = viewer;
    }

    @GET
    @Path("new")
    @Operation(summary = "The form to open a cycle (the official's territory filled in)")
    public TemplateInstance newCycle() {
        return show(null, CycleForm.blank(viewer.claim("territory")), null);
    }

    @POST
    @Path("new")
    @Operation(summary = "Open a cycle")
    public Response open(MultivaluedMap<String, String> fields) {
        CycleForm form = CycleForm.from(fields);
        CycleForm.Checked checked = form.check();
        if (checked.problemKey() != null) {
            return refused(null, form, FormProblem.key(checked.problemKey()));
        }
        try {
            Cycle opened = budget.openCycle(checked.request());
            return BudgetPages.seeOther("/official/budget/cycles/" + opened.id() + "?done=opened");
        } catch (WebApplicationException e) {
            return refused(null, form, problem(e));
        }
    }

    @GET
    @Path("{id}/edit")
    @Operation(summary = "The form to change a cycle, filled in with its current settings")
    public TemplateInstance edit(@PathParam("id") UUID id) {
        Cycle c = managed(id);
        return show(c, CycleForm.of(c), null);
    }

    @POST
    @Path("{id}/edit")
    @Operation(summary = "Change a cycle (until voting opens)")
    public Response change(@PathParam("id") UUID id, MultivaluedMap<String, String> fields) {
        Cycle c = managed(id);
        CycleForm form = CycleForm.from(fields);
        CycleForm.Checked checked = form.check();
        if (checked.problemKey() != null) {
            return refused(c, form, FormProblem.key(checked.problemKey()));
        }
        try {
            budget.changeCycle(id, checked.request());
            return BudgetPages.seeOther("/official/budget/cycles/" + id + "?done=saved");
        } catch (WebApplicationException e) {
            return refused(c, form, problem(e));
        }
    }

    private Cycle managed(UUID id) {
        Cycle c = budget.cycle(id);
        if (!c.isManageable()) {
            throw new ForbiddenException();
        }
        return c;
    }

    private TemplateInstance show(Cycle c, CycleForm form, FormProblem problem) {
        return pages.show(Templates.cycleForm(c, form, problem));
    }

    private Response refused(Cycle c, CycleForm form, FormProblem problem) {
        return Response.status(problem.status()).entity(show(c, form, problem))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** A 4xx of the service as a form problem; a failing service is the 503 page. */
    static FormProblem problem(WebApplicationException e) {
        ServiceProblem problem = ServiceProblem.of(e);
        if (problem.status() >= 500) {
            throw e;
        }
        return FormProblem.of(problem, "budget_official_");
    }
}
