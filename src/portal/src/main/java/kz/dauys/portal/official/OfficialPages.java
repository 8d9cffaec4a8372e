package kz.dauys.portal.official;

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
import kz.dauys.contract.LocalizedText;
import kz.dauys.portal.petitions.PetitionsApi;
import kz.dauys.portal.petitions.PetitionsClient;
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

/** Officials: petitions addressed to their body that await the answer, and the answer form. */
@Path("/official")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.OFFICIAL)
@Blocking
@Tag(name = "Officials", description = "Officials' desk")
public class OfficialPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance desk(List<PetitionsApi.Petition> petitions, Flash flash);
    }

    private final PetitionsClient petitions;
    private final Pages pages;

    OfficialPages(@RestClient PetitionsClient petitions, Pages pages) {
        this.petitions = petitions;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Petitions awaiting my body's answer")
    public TemplateInstance desk(@QueryParam("done") String done, @QueryParam("error") String error) {
        return pages.show(Templates.desk(petitions.officialQueue(), Flash.of(done, error)));
    }

    @POST
    @Path("/petitions/{id}/answer")
    @Operation(summary = "Publish the answer to a petition")
    public Response answer(@PathParam("id") UUID id, @RestForm String language, @RestForm String text) {
        if (text == null || text.isBlank()) {
            return Response.seeOther(URI.create("/official?error=rejected-input")).build();
        }
        String body = text.strip();
        LocalizedText answer = switch (language == null ? "" : language) {
            case "kk" -> new LocalizedText(body, null, null);
            case "en" -> new LocalizedText(null, null, body);
            default -> new LocalizedText(null, body, null);
        };
        try {
            petitions.answer(id, new PetitionsApi.AnswerText(answer));
            return Response.seeOther(URI.create("/official?done=answered")).build();
        } catch (WebApplicationException e) {
            return Response.seeOther(URI.create("/official?error=" + ServiceProblem.of(e).flashCode())).build();
        }
    }
}
