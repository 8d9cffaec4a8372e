package kz.dauys.moderation.appeals;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.moderation.cases.CaseStatus;
import kz.dauys.moderation.cases.CaseType;
import kz.dauys.moderation.cases.ModerationCase;
import kz.dauys.moderation.decisions.Actor;
import kz.dauys.platform.identity.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Path("/api/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Authors", description = "Decisions on your own content and appeals against them")
public class AppealResource {

    private final AppealService appeals;
    private final CurrentUser user;

    AppealResource(AppealService appeals, CurrentUser user) {
        this.appeals = appeals;
        this.user = user;
    }

    @POST
    @Path("/appeals")
    @Operation(summary = "Appeal a rejection or hide of your own content (once, within the appeal window)")
    @APIResponse(responseCode = "201", description = "Appeal lodged; a different moderator will decide")
    @APIResponse(responseCode = "404", description = "No decision of yours with that case id")
    @APIResponse(responseCode = "409", description = "Already appealed")
    @APIResponse(responseCode = "422", description = "Not appealable (approved, final, automated hide under review, window closed)")
    public Response appeal(@Valid @NotNull AppealRequest request) {
        ModerationCase appeal = appeals.lodge(Actor.of(user), request);
        return Response.created(URI.create("/api/moderation/my/decisions"))
                .entity(Map.of("appealCaseId", appeal.id, "appealedCaseId", appeal.appealOf, "dueOn", appeal.dueOn))
                .build();
    }

    @GET
    @Path("/my/decisions")
    @Transactional
    @Operation(summary = "Decisions on your own content, newest first, with appeal eligibility")
    public List<AuthorDecision> myDecisions() {
        Instant now = Instant.now();
        return ModerationCase.<ModerationCase>list("authorSubject = ?1 and status = ?2 order by decidedAt desc",
                        user.subject(), CaseStatus.DECIDED).stream()
                .map(c -> {
                    ModerationCase appeal = ModerationCase.find("appealOf", c.id).firstResult();
                    boolean canAppeal = c.type != CaseType.APPEAL && !c.automated
                            && (c.outcome == ModerationOutcome.REJECT || c.outcome == ModerationOutcome.HIDE);
                    return new AuthorDecision(c.id, c.type, c.kind, c.itemId, c.originService, c.title, c.outcome,
                            c.reasonCode, c.statement, c.decidedAt, appeal == null && appeals.appealable(c, now),
                            canAppeal ? appeals.appealDeadline(c) : null, appeal == null ? null : appeal.id);
                })
                .toList();
    }
}
