package kz.dauys.portal.moderation;

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

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.moderation.ModerationClient.*;

/** Moderators: the queue, a case with its findings highlighted, the decision form, the appeal queue. */
@Path("/moderation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.MODERATOR)
@Blocking
@Tag(name = "Moderation", description = "Moderators' pages")
public class ModerationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(CasePage cases, String type, Flash flash);

        static native TemplateInstance caseView(CaseDetail c, String titleHtml, String bodyHtml, List<ReasonCode> reasons,
                                                Flash flash);
    }

    private final ModerationClient moderation;
    private final Pages pages;

    ModerationPages(@RestClient ModerationClient moderation, Pages pages) {
        this.moderation = moderation;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "The queue of open cases (type=APPEAL for the appeal queue)")
    public TemplateInstance queue(@QueryParam("type") String type, @QueryParam("done") String done) {
        String chosen = "APPEAL".equals(type) ? "APPEAL" : "SUBMISSION".equals(type) ? "SUBMISSION" : null;
        return pages.show(Templates.queue(moderation.queue("OPEN", chosen, 0, 50), chosen == null ? "" : chosen, Flash.of(done, null)));
    }

    @GET
    @Path("/cases/{id}")
    @Operation(summary = "A case: content with the findings highlighted, and the decision form")
    public TemplateInstance caseView(@PathParam("id") UUID id, @QueryParam("done") String done, @QueryParam("error") String error) {
        CaseDetail c = moderation.detail(id);
        return pages.show(Templates.caseView(c, Highlighter.highlight(c.title(), "title", c.findings()),
                Highlighter.highlight(c.body(), "body", c.findings()), moderation.reasonCodes(), Flash.of(done, error)));
    }

    @POST
    @Path("/cases/{id}/claim")
    @Operation(summary = "Claim the case")
    public Response claim(@PathParam("id") UUID id) {
        try {
            moderation.claim(id);
            return back(id, "done=claimed");
        } catch (WebApplicationException e) {
            return back(id, "error=" + ServiceProblem.of(e).flashCode());
        }
    }

    @POST
    @Path("/cases/{id}/decision")
    @Operation(summary = "Decide the case (claims it first when nobody holds it)")
    public Response decide(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String reasonCode, @RestForm String text) {
        try {
            CaseDetail c = moderation.detail(id);
            if (c.claim() == null || !c.claim().mine()) {
                moderation.claim(id);
            }
            moderation.decide(id, new Decision(outcome, blank(reasonCode), blank(text)));
            return Response.seeOther(URI.create("/moderation?done=decided")).build();
        } catch (WebApplicationException e) {
            return back(id, "error=" + ServiceProblem.of(e).flashCode());
        }
    }

    private static Response back(UUID id, String query) {
        return Response.seeOther(URI.create("/moderation/cases/" + id + "?" + query)).build();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
