package kz.dauys.assembly.record;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.assembly.agenda.AgendaItemView;
import kz.dauys.assembly.session.AssemblySession;
import kz.dauys.assembly.session.SessionView;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Session record", description = "Attendance, quorum, votes, decisions and minutes")
public class SessionRecordResource {

    private final SessionRecordService record;
    private final MinutesWriter minutes;

    SessionRecordResource(SessionRecordService record, MinutesWriter minutes) {
        this.record = record;
        this.minutes = minutes;
    }

    @PUT
    @Path("/sessions/{sessionId}/attendance")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Record attendance as a count or by name (the body's secretary, in session or closed); answers the session with its quorum")
    @APIResponse(responseCode = "409", description = "The session is not in session or closed")
    public SessionView attendance(@PathParam("sessionId") UUID sessionId, @Valid @NotNull AttendanceRequest request) {
        return record.recordAttendance(sessionId, request);
    }

    @PUT
    @Path("/sessions/{sessionId}/agenda/items/{itemId}/decision")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Record the decision and vote on an item (the body's secretary, in session or closed)")
    @APIResponse(responseCode = "422", description = "attendance-missing, quorum-not-met or votes-exceed-attendance")
    public AgendaItemView decision(@PathParam("sessionId") UUID sessionId, @PathParam("itemId") UUID itemId,
                                   @Valid @NotNull DecisionRequest request) {
        return record.recordDecision(sessionId, itemId, request);
    }

    @GET
    @Path("/sessions/{sessionId}/minutes")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The published minutes as structured JSON")
    @APIResponse(responseCode = "404", description = "No minutes published")
    public Minutes minutesJson(@PathParam("sessionId") UUID sessionId) {
        return minutes.read(published(sessionId));
    }

    @GET
    @Path("/sessions/{sessionId}/minutes.txt")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The published minutes as text in kk, ru (default) or en")
    public String minutesText(@PathParam("sessionId") UUID sessionId, @QueryParam("lang") String lang) {
        AssemblySession session = published(sessionId);
        return lang == null || lang.equals("ru") ? session.minutesText : MinutesText.render(minutes.read(session), lang);
    }

    private static AssemblySession published(UUID sessionId) {
        AssemblySession session = AssemblySession.require(sessionId);
        if (session.minutesPublishedAt == null) {
            throw new ProblemException(404, "not-found", "Not found", "Session " + sessionId + " has no published minutes yet");
        }
        return session;
    }
}
