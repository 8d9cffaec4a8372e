package kz.dauys.budget.results;

import jakarta.annotation.security.RolesAllowed;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CycleAccess;
import kz.dauys.budget.cycle.CycleAction;
import kz.dauys.budget.cycle.CyclePhase;
import kz.dauys.budget.cycle.CycleService;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import kz.dauys.tally.pabulib.PabulibFile;
import kz.dauys.tally.pabulib.PabulibWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Path("/api/budget/cycles/{cycleId}/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results", description = "Outcomes under the chosen rule and the other rule, explained; pabulib export")
public class ResultsResource {

    private final TallyService tally;
    private final CycleService cycles;
    private final CycleAccess access;
    private final ElectionLoader loader;

    ResultsResource(TallyService tally, CycleService cycles, CycleAccess access, ElectionLoader loader) {
        this.tally = tally;
        this.cycles = cycles;
        this.access = access;
        this.loader = loader;
    }

    @GET
    @Operation(summary = "The results", description = "Public once published (RESULTS phase and later, and replays); "
            + "the cycle's officials also see the provisional count during TALLYING.")
    @APIResponse(responseCode = "200", description = "Outcome, comparison and per-project explanations")
    @APIResponse(responseCode = "404", description = "Not published yet")
    public ResultsDocument results(@PathParam("cycleId") UUID cycleId) {
        BudgetCycle cycle = cycles.require(cycleId);
        ResultsDocument document = tally.stored(cycleId).orElseThrow(() -> notYet(cycle));
        if (document.publishedAt() == null && !access.canManage(cycle)) {
            throw notYet(cycle);
        }
        return document;
    }

    @POST
    @Path("compute")
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "dauys.budget.tally-timeout")
    @Operation(summary = "Count again", description = "During TALLYING, e.g. after late paper batches.")
    @APIResponse(responseCode = "200", description = "The provisional results")
    @APIResponse(responseCode = "422", description = "Not in TALLYING")
    public ResultsDocument compute(@PathParam("cycleId") UUID cycleId) {
        BudgetCycle cycle = cycles.require(cycleId);
        access.requireManager(cycle);
        if (!cycle.phase.allows(CycleAction.COMPUTE_OUTCOME) || cycle.replay) {
            throw ProblemException.unprocessable("phase-closed", "The count can be run during TALLYING; the cycle is in "
                    + cycle.phase + ".");
        }
        return tally.compute(cycle);
    }

    @GET
    @Path("pabulib")
    @Produces("text/plain; charset=UTF-8")
    @Transactional
    @Operation(summary = "Export as pabulib .pb", description = "The cycle's projects and ballots (voters numbered, "
            + "never identified) and the chosen rule's outcome in the 'selected' column. Public once results are published.")
    @APIResponse(responseCode = "200", description = "The .pb file")
    public Response export(@PathParam("cycleId") UUID cycleId) {
        BudgetCycle cycle = cycles.require(cycleId);
        boolean published = cycle.replay || !cycle.phase.isBefore(CyclePhase.RESULTS);
        if (!published && !access.canManage(cycle)) {
            throw notYet(cycle);
        }
        CycleElection election = loader.load(cycle);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("description", cycle.title().in("en"));
        meta.put("country", "Kazakhstan");
        meta.put("unit", cycle.territoryCode);
        meta.put("instance", Integer.toString(cycle.votingFrom.getYear()));
        meta.put("currency", "KZT");
        meta.put("date_begin", cycle.votingFrom.toString());
        meta.put("date_end", cycle.tallyingFrom.minusDays(1).toString());
        PabulibFile file = PabulibFile.of(election.election(), meta, election.election().ballots().isEmpty()
                ? Optional.empty() : Optional.of(tally.chosenOutcome(election, cycle)));
        return Response.ok(PabulibWriter.toText(file))
                .header("Content-Disposition", "attachment; filename=\"dauys-" + cycleId + ".pb\"").build();
    }

    private static ProblemException notYet(BudgetCycle cycle) {
        return new ProblemException(404, "results-not-published", "Results not published",
                "The results of cycle " + cycle.id + " are not published yet (phase " + cycle.phase + ").");
    }
}
