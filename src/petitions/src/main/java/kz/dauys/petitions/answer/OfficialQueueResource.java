package kz.dauys.petitions.answer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.petitions.petition.PetitionView;
import kz.dauys.petitions.petition.PetitionViews;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/official/petitions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICIAL)
@Tag(name = "Addressees")
public class OfficialQueueResource {

    private final AnswerService answers;
    private final PetitionViews views;
    private final CurrentUser user;

    OfficialQueueResource(AnswerService answers, PetitionViews views, CurrentUser user) {
        this.answers = answers;
        this.views = views;
        this.user = user;
    }

    @GET
    @Operation(summary = "Petitions awaiting my body's answer", description = "Under consideration or answered, nearest deadline first.")
    @APIResponse(responseCode = "200", description = "Petitions addressed to your territory's bodies")
    public List<PetitionView> awaiting() {
        return answers.awaiting(user).stream().map(p -> views.view(p, user)).toList();
    }
}
