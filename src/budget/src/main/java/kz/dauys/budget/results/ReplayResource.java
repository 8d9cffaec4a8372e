package kz.dauys.budget.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.budget.common.Territories;
import kz.dauys.budget.cycle.CycleAccess;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import kz.dauys.tally.pabulib.PabulibFile;
import kz.dauys.tally.pabulib.PabulibReader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/api/budget/replays")
@Tag(name = "Results")
public class ReplayResource {

    private final ReplayService replays;
    private final CycleAccess access;
    private final CurrentUser user;
    private final Territories territories;
    private final int maxChars;

    ReplayResource(ReplayService replays, CycleAccess access, CurrentUser user, Territories territories,
                   @ConfigProperty(name = "dauys.budget.pabulib.max-chars") int maxChars) {
        this.replays = replays;
        this.access = access;
        this.user = user;
        this.territories = territories;
        this.maxChars = maxChars;
    }

    @POST
    // Any content type: the body is read as pabulib text, and sign-in is checked before the body.
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Operation(summary = "Replay a past vote from a pabulib .pb file", description = "Creates a replay cycle with the "
            + "file's projects and ballots, computes the outcome under the file's rule (or 'rule') and says whether it "
            + "equals the file's 'selected' column. Officials import into their territory (default) or one within it; "
            + "admins name the territory.")
    @APIResponse(responseCode = "201", description = "Imported and counted")
    @APIResponse(responseCode = "400", description = "Not a readable pabulib file")
    @APIResponse(responseCode = "422", description = "A vote type or rule this service cannot replay")
    public Response importFile(String body, @QueryParam("territory") String territory, @QueryParam("rule") String rule) {
        if (body == null || body.isBlank()) {
            throw ProblemException.badRequest("The body must be the text of a pabulib .pb file.");
        }
        if (body.length() > maxChars) {
            throw ProblemException.badRequest("The file is larger than " + maxChars + " characters.");
        }
        String target = territory != null && !territory.isBlank() ? territory : user.territory().orElse(null);
        if (target == null || territories.find(target).isEmpty()) {
            throw ProblemException.invalidField("territory", "Name a known territory for the replay (territory=KZ-..)");
        }
        if (!access.isAdmin()) {
            access.requireManagerOf(target);
        }
        PabulibFile file;
        try {
            file = PabulibReader.parse(body);
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("Not a readable pabulib file: " + e.getMessage());
        }
        ReplayService.Replay replay = replays.importFile(file, target, rule, access.subject());
        return Response.created(URI.create("/api/budget/cycles/" + replay.cycleId())).entity(replay).build();
    }
}
