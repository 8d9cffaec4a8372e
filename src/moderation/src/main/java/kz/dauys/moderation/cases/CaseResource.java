package kz.dauys.moderation.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.contract.ContentKind;
import kz.dauys.moderation.audit.AuditQueries;
import kz.dauys.moderation.audit.AuditView;
import kz.dauys.moderation.decisions.Actor;
import kz.dauys.moderation.decisions.DecisionRequest;
import kz.dauys.moderation.decisions.DecisionService;
import kz.dauys.moderation.escalation.EscalationRequest;
import kz.dauys.moderation.escalation.EscalationService;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/moderation/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MODERATOR)
@Tag(name = "Cases", description = "The moderation queue: claim, decide, escalate (role moderator)")
public class CaseResource {

    private final CaseQueries queries;
    private final DecisionService decisions;
    private final EscalationService escalations;
    private final AuditQueries audit;
    private final CurrentUser user;

    CaseResource(CaseQueries queries, DecisionService decisions, EscalationService escalations, AuditQueries audit,
                 CurrentUser user) {
        this.queries = queries;
        this.decisions = decisions;
        this.escalations = escalations;
        this.audit = audit;
        this.user = user;
    }

    @GET
    @Operation(summary = "The queue: open cases by deadline, then risk (or decided cases, newest first)")
    @APIResponse(responseCode = "200", description = "A page of cases")
    @APIResponse(responseCode = "403", description = "Not a moderator")
    public Page<CaseSummary> queue(@QueryParam("status") @DefaultValue("OPEN") CaseStatus status,
                                   @QueryParam("type") CaseType type, @QueryParam("kind") ContentKind kind,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        return queries.queue(status, type, kind, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case with its content, findings (with offsets), claim, decision and history")
    @APIResponse(responseCode = "404", description = "No such case")
    public CaseDetail detail(@PathParam("id") UUID id) {
        return queries.detail(id, user.subject());
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Claim a case: no other moderator can work on it until the claim expires")
    @APIResponse(responseCode = "200", description = "Claimed (or the claim renewed)")
    @APIResponse(responseCode = "403", description = "Your own content, or the appeal of your own decision")
    @APIResponse(responseCode = "409", description = "Another moderator holds the case, or it is decided")
    public CaseDetail claim(@PathParam("id") UUID id) {
        decisions.claim(id, Actor.of(user));
        return queries.detail(id, user.subject());
    }

    @DELETE
    @Path("/{id}/claim")
    @Operation(summary = "Release your claim")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "409", description = "You hold no claim on the case")
    public void release(@PathParam("id") UUID id) {
        decisions.release(id, Actor.of(user));
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a claimed case; the decision and its statement of reasons go to the origin service")
    @APIResponse(responseCode = "200", description = "Decided")
    @APIResponse(responseCode = "400", description = "Missing or unknown reason code, or no explanation")
    @APIResponse(responseCode = "403", description = "Your own content, or the appeal of your own decision")
    @APIResponse(responseCode = "409", description = "Not claimed by you, or already decided")
    @APIResponse(responseCode = "422", description = "The outcome is not possible for this type of case")
    public CaseDetail decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        decisions.decide(id, Actor.of(user), request);
        return queries.detail(id, user.subject());
    }

    @POST
    @Path("/{id}/escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer the case to the ombudsman as a possible human-rights violation (once)")
    @APIResponse(responseCode = "200", description = "Referred; a ModerationCaseEscalated event is published")
    @APIResponse(responseCode = "409", description = "Already referred")
    public CaseDetail escalate(@PathParam("id") UUID id, @Valid @NotNull EscalationRequest request) {
        escalations.escalate(id, Actor.of(user), request.note());
        return queries.detail(id, user.subject());
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "Every action on the case, oldest first")
    public List<AuditView> audit(@PathParam("id") UUID id) {
        return audit.forCase(id);
    }
}
