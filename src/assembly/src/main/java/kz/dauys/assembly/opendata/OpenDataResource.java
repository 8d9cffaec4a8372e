package kz.dauys.assembly.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.platform.paging.PageView;
import kz.dauys.platform.paging.Paging;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Set;
import java.util.UUID;

@Path("/api")
@Tag(name = "Open data", description = "Sessions as iCalendar and Open Civic Data events; no sign-in")
@PermitAll
public class OpenDataResource {

    private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private final OpenDataService openData;

    OpenDataResource(OpenDataService openData) {
        this.openData = openData;
    }

    @GET
    @Path("/bodies/{bodyId}/calendar.ics")
    @Produces("text/calendar")
    @Operation(summary = "iCalendar (RFC 5545) feed of a body's public sessions; lang kk (default), ru or en")
    public Response calendar(@PathParam("bodyId") UUID bodyId, @QueryParam("lang") String lang) {
        return Response.ok(openData.calendar(bodyId, language(lang)), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"sessions.ics\"")
                .build();
    }

    @GET
    @Path("/opendata/bodies/{bodyId}/events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A body's public sessions as Open Civic Data events, with agenda and votes")
    public PageView<OcdEvent> events(@PathParam("bodyId") UUID bodyId, @QueryParam("lang") String lang,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return openData.events(bodyId, language(lang), Paging.of(page, size));
    }

    @GET
    @Path("/opendata/events/{sessionId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One public session as an Open Civic Data event")
    public OcdEvent event(@PathParam("sessionId") UUID sessionId, @QueryParam("lang") String lang) {
        return openData.event(sessionId, language(lang));
    }

    private static String language(String lang) {
        if (lang == null) {
            return "kk";
        }
        if (!LANGUAGES.contains(lang)) {
            throw ProblemException.invalidField("lang", "lang must be kk, ru or en");
        }
        return lang;
    }
}
