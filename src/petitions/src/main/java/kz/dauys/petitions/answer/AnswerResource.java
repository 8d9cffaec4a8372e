package kz.dauys.petitions.answer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.petition.PetitionView;
import kz.dauys.petitions.petition.PetitionViews;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.util.UUID;

@Path("/api/petitions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OFFICIAL)
@Tag(name = "Addressees", description = "Officials of the addressee: discussion and answer")
public class AnswerResource {

    private static final int ANSWER_MAX = 20000;

    private final AnswerService answers;
    private final PetitionViews views;
    private final CurrentUser user;

    AnswerResource(AnswerService answers, PetitionViews views, CurrentUser user) {
        this.answers = answers;
        this.views = views;
        this.user = user;
    }

    public record DiscussionRecord(@NotNull LocalDate heldOn, @NotBlank @Size(max = 300) String place, @Size(max = 4000) String note) {
    }

    public record AnswerText(@NotNull LocalizedText text) {
    }

    @POST
    @Path("/discussion")
    @Operation(summary = "Record the public discussion (date and place)")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not your body's petition")
    public PetitionView discussion(@PathParam("id") UUID id, @NotNull @Valid DiscussionRecord record) {
        return views.view(answers.recordDiscussion(user, id, record.heldOn(), record.place(), record.note()), user);
    }

    @POST
    @Path("/answer")
    @Operation(summary = "Publish the answer", description = "Moves the petition to answered; an answer after the deadline is marked overdue.")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "403", description = "Not your body's petition")
    @APIResponse(responseCode = "422", description = "Not under consideration")
    public PetitionView answer(@PathParam("id") UUID id, @NotNull @Valid AnswerText answer) {
        LocalizedText text = answer.text();
        String longest = null;
        for (String candidate : new String[] {text.kk(), text.ru(), text.en()}) {
            if (candidate != null && !candidate.isBlank()) {
                if (candidate.length() > ANSWER_MAX) {
                    throw ProblemException.invalidField("text", "must be at most " + ANSWER_MAX + " characters");
                }
                longest = candidate;
            }
        }
        if (longest == null) {
            throw ProblemException.invalidField("text", "write the answer in at least one of Kazakh, Russian or English");
        }
        return views.view(answers.answer(user, id, text), user);
    }
}
