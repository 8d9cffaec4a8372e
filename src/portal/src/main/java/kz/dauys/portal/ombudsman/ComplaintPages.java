package kz.dauys.portal.ombudsman;

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
import kz.dauys.kernel.territory.Territory;
import kz.dauys.portal.web.Flash;
import kz.dauys.portal.web.FormProblem;
import kz.dauys.portal.web.Pages;
import kz.dauys.portal.web.ServiceProblem;
import kz.dauys.portal.web.Territories;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.ombudsman.OmbudsmanClient.*;

/** Residents and the Ombudsman: what it does, the guided complaint form, my complaints and their messages. */
@Path("/ombudsman")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "Ombudsman", description = "Residents' complaint pages")
public class ComplaintPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ombudsmanHome(ComplaintPage complaints);

        static native TemplateInstance complaintForm(ComplaintInput input, List<Territory> regions, FormProblem problem);

        static native TemplateInstance complaint(ComplaintView c, Flash flash, FormProblem problem);
    }

    /** What the resident typed, to show the form again after a refusal. */
    public record ComplaintInput(String idempotencyKey, String bodyName, String bodyTerritory, boolean bodyCentral,
                                 String title, String whatHappened, String happenedOn, String alreadyTried,
                                 String contactEmail, String contactPhone, String representedPerson,
                                 boolean representationConsent, boolean consentToShare) {
    }

    private final OmbudsmanClient ombudsman;
    private final Pages pages;
    private final Territories territories;
    private final Viewer viewer;

    ComplaintPages(@RestClient OmbudsmanClient ombudsman, Pages pages, Territories territories, Viewer viewer) {
        this.ombudsman = ombudsman;
        this.pages = pages;
        this.territories = territories;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "What the Ombudsman does; a resident's complaints")
    public TemplateInstance home() {
        ComplaintPage mine = viewer.isCitizen() ? ombudsman.myComplaints(0, 50) : null;
        return pages.show(Templates.ombudsmanHome(mine));
    }

    @GET
    @Path("/complaints/new")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "The guided complaint form")
    public TemplateInstance newComplaint() {
        ComplaintInput empty = new ComplaintInput(UUID.randomUUID().toString(), "", "", false, "", "", "", "", "", "", "",
                false, false);
        return pages.show(Templates.complaintForm(empty, territories.regions(), null));
    }

    @POST
    @Path("/complaints/new")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "File the complaint (the form again with the reasons when it is refused)")
    public Object file(@RestForm String idempotencyKey, @RestForm String bodyName, @RestForm String bodyTerritory,
                       @RestForm String bodyCentral, @RestForm String title, @RestForm String whatHappened,
                       @RestForm String happenedOn, @RestForm String alreadyTried, @RestForm String contactEmail,
                       @RestForm String contactPhone, @RestForm String representedPerson,
                       @RestForm String representationConsent, @RestForm String consentToShare) {
        ComplaintInput input = new ComplaintInput(validKey(idempotencyKey), trim(bodyName), trim(bodyTerritory),
                "yes".equals(bodyCentral), trim(title), trim(whatHappened), trim(happenedOn), trim(alreadyTried),
                trim(contactEmail), trim(contactPhone), trim(representedPerson), "yes".equals(representationConsent),
                "yes".equals(consentToShare));
        String missing = missing(input);
        LocalDate when = null;
        if (missing == null && !input.happenedOn().isEmpty()) {
            try {
                when = LocalDate.parse(input.happenedOn());
            } catch (DateTimeParseException e) {
                missing = "ombudsman_error_date";
            }
        }
        if (missing != null) {
            return refused(input, FormProblem.key(missing));
        }
        Complaint complaint = new Complaint(
                new Body(input.bodyName(), input.bodyCentral() ? null : input.bodyTerritory(), input.bodyCentral()),
                input.title(), input.whatHappened(), when, empty(input.alreadyTried()), empty(input.contactEmail()),
                empty(input.contactPhone()), empty(input.representedPerson()), input.representationConsent(),
                input.consentToShare());
        try {
            ComplaintItem filed = ombudsman.file(complaint, input.idempotencyKey(), pages.language());
            return Response.seeOther(URI.create("/ombudsman/complaints/" + filed.id() + "?done=filed")).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500 || problem.status() == 401) {
                throw e;
            }
            return refused(input, FormProblem.of(problem, "ombudsman_"));
        }
    }

    @GET
    @Path("/complaints/{id}")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "One of my complaints: status history and messages")
    public TemplateInstance complaint(@PathParam("id") UUID id, @QueryParam("done") String done,
                                      @QueryParam("error") String error) {
        return pages.show(Templates.complaint(ombudsman.myComplaint(id), Flash.of(done, error), null));
    }

    @POST
    @Path("/complaints/{id}/messages")
    @RolesAllowed(Viewer.CITIZEN)
    @Operation(summary = "Write to the office handling my complaint")
    public Object write(@PathParam("id") UUID id, @RestForm String text) {
        if (text == null || text.isBlank()) {
            return pages.show(Templates.complaint(ombudsman.myComplaint(id), null, FormProblem.key("ombudsman_error_message_empty")));
        }
        try {
            ombudsman.writeToOffice(id, new Text(text.strip()));
            return Response.seeOther(URI.create("/ombudsman/complaints/" + id + "?done=saved")).build();
        } catch (WebApplicationException e) {
            ServiceProblem problem = ServiceProblem.of(e);
            if (problem.status() >= 500 || problem.status() == 404) {
                throw e;
            }
            return pages.show(Templates.complaint(ombudsman.myComplaint(id), null, FormProblem.of(problem, "ombudsman_")));
        }
    }

    private Response refused(ComplaintInput input, FormProblem problem) {
        return Response.status(problem.status())
                .entity(pages.show(Templates.complaintForm(input, territories.regions(), problem)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String missing(ComplaintInput input) {
        if (input.bodyName().isEmpty() || (!input.bodyCentral() && input.bodyTerritory().isEmpty())) {
            return "ombudsman_error_body";
        }
        if (input.title().isEmpty() || input.whatHappened().isEmpty()) {
            return "ombudsman_error_required";
        }
        if (!input.representedPerson().isEmpty() && !input.representationConsent()) {
            return "ombudsman_error_representation";
        }
        if (!input.consentToShare()) {
            return "ombudsman_error_consent";
        }
        return null;
    }

    private static String validKey(String key) {
        try {
            return UUID.fromString(key).toString();
        } catch (RuntimeException e) {
            return UUID.randomUUID().toString();
        }
    }

    static String trim(String s) {
        return s == null ? "" : s.strip();
    }

    static String empty(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
