package kz.dauys.budget.voting;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.budget.cycle.BallotRulesSettings;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CycleAccess;
import kz.dauys.budget.cycle.CyclePhase;
import kz.dauys.budget.cycle.CycleService;
import kz.dauys.platform.identity.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/budget/cycles/{cycleId}/voting")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Voting", description = "Online ballots of residents and paper ballots entered by officials")
public class VotingResource {

    private final VotingService voting;
    private final CycleService cycles;
    private final CycleAccess access;

    VotingResource(VotingService voting, CycleService cycles, CycleAccess access) {
        this.voting = voting;
        this.cycles = cycles;
        this.access = access;
    }

    public record BallotPaper(UUID cycleId, CyclePhase phase, long budget, BallotRulesSettings rules, List<Item> projects) {
        public record Item(UUID proposalId, String title, String category, long cost) {
        }
    }

    public record MyBallot(UUID cycleId, boolean voted, int revision, Instant submittedAt, Map<UUID, Long> choices,
                           long totalCost) {
    }

    public record BatchView(UUID id, String label, String enteredBy, Instant enteredAt, int ballots, int spoiled,
                            Map<UUID, Long> totals) {
    }

    @GET
    @Path("ballot-paper")
    @Operation(summary = "The ballot", description = "The feasible projects residents choose from, with costs and the ballot rules.")
    public BallotPaper ballotPaper(@PathParam("cycleId") UUID cycleId) {
        BudgetCycle cycle = cycles.require(cycleId);
        return new BallotPaper(cycleId, cycle.phase, cycle.budget, BallotRulesSettings.of(cycle),
                BallotBox.of(cycle).projects().stream()
                        .map(p -> new BallotPaper.Item(p.id, p.title, p.category, p.cost())).toList());
    }

    @GET
    @Path("my-ballot")
    @Authenticated
    @Operation(summary = "My ballot", description = "The resident's current ballot, if any.")
    @APIResponse(responseCode = "403", description = "Not an adult resident of the territory")
    public MyBallot myBallot(@PathParam("cycleId") UUID cycleId) {
        BudgetCycle cycle = cycles.require(cycleId);
        String voter = access.requireResident(cycle);
        return voting.current(cycleId, voter).map(c -> view(cycle, c))
                .orElse(new MyBallot(cycleId, false, 0, null, Map.of(), 0));
    }

    @PUT
    @Path("my-ballot")
    @Authenticated
    @Operation(summary = "Cast or change my ballot", description = "One ballot per resident; it can be changed until "
            + "voting closes and the last one counts. Checked against the cycle's ballot rules.")
    @APIResponse(responseCode = "200", description = "Stored")
    @APIResponse(responseCode = "403", description = "Not an adult resident of the territory")
    @APIResponse(responseCode = "422", description = "Voting is closed, or the ballot breaks a rule (each broken rule is named)")
    public MyBallot cast(@PathParam("cycleId") UUID cycleId, @NotNull BallotRequest request) {
        BudgetCycle cycle = cycles.require(cycleId);
        String voter = access.requireResident(cycle);
        return view(cycle, voting.castOnline(cycleId, voter, request));
    }

    @POST
    @Path("paper-batches")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Enter a batch of paper ballots", description = "Officials of the territory, while voting or "
            + "tallying; every ballot is checked, and the whole batch is refused if one breaks a rule.")
    @APIResponse(responseCode = "201", description = "Entered")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    @APIResponse(responseCode = "409", description = "A batch with this label exists")
    @APIResponse(responseCode = "422", description = "A ballot breaks a rule, or the phase does not allow it")
    public Response enterBatch(@PathParam("cycleId") UUID cycleId, @NotNull @Valid PaperBatchRequest request) {
        access.requireManager(cycles.require(cycleId));
        PaperBatch batch = voting.enterPaperBatch(cycleId, request, access.subject(), access.displayName());
        return Response.created(URI.create("/api/budget/cycles/" + cycleId + "/voting/paper-batches/" + batch.id))
                .entity(view(batch)).build();
    }

    @GET
    @Path("paper-batches")
    @RolesAllowed(Roles.OFFICIAL)
    @Operation(summary = "Paper ballot audit trail", description = "Who entered which batch and when, with its totals.")
    public List<BatchView> batches(@PathParam("cycleId") UUID cycleId) {
        access.requireManager(cycles.require(cycleId));
        return PaperBatch.<PaperBatch>list("cycleId = ?1 order by enteredAt", cycleId).stream().map(this::view).toList();
    }

    private BatchView view(PaperBatch batch) {
        return new BatchView(batch.id, batch.label, batch.enteredByName, batch.enteredAt, batch.ballotCount,
                batch.spoiledCount, voting.batchTotals(batch.id));
    }

    private static MyBallot view(BudgetCycle cycle, VotingService.Cast cast) {
        Map<UUID, Long> costs = new java.util.HashMap<>();
        BallotBox.of(cycle).projects().forEach(p -> costs.put(p.id, p.cost()));
        long total = cast.choices().keySet().stream().mapToLong(id -> costs.getOrDefault(id, 0L)).sum();
        return new MyBallot(cycle.id, true, cast.revision(), cast.submittedAt(), cast.choices(), total);
    }
}
