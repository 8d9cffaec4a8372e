package kz.dauys.budget.implementation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CycleAccess;
import kz.dauys.budget.cycle.CycleAction;
import kz.dauys.budget.cycle.CycleService;
import kz.dauys.budget.results.ResultsDocument;
import kz.dauys.budget.results.TallyService;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@Path("/api/budget/cycles/{cycleId}/implementation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Implementation", description = "Public progress of the funded projects")
public class ImplementationResource {

    private final CycleService cycles;
    private final CycleAccess access;
    private final TallyService tally;
    private final BudgetClock clock;

    ImplementationResource(CycleService cycles, CycleAccess access, TallyService tally, BudgetClock clock) {
        this.cycles = cycles;
        this.access = access;
        this.tally = tally;
        this.clock = clock;
    }

    public record Note(ImplementationStatus status, int percent, String note, LocalDate notedOn, String notedBy,
                       Instant recordedAt) {
        static Note of(ImplementationUpdate u) {
            return new Note(u.status, u.percent, u.note, u.notedOn, u.notedBy, u.recordedAt);
        }
    }

    public record ProjectProgress(UUID proposalId, String title, long cost, ImplementationStatus status, int percent,
                                  List<Note> history) {
    }

    @GET
    @Operation(summary = "Progress of every funded project", description = "Public once results are published; "
            + "projects without notes are PLANNED at 0 %.")
    public List<ProjectProgress> progress(@PathParam("cycleId") UUID cycleId) {
        cycles.require(cycleId);
        ResultsDocument results = published(cycleId);
        Map<UUID, List<ImplementationUpdate>> notes = ImplementationUpdate.<ImplementationUpdate>list(
                        "cycleId = ?1 order by notedOn, recordedAt", cycleId).stream()
                .collect(Collectors.groupingBy(u -> u.proposalId));
        return results.chosen().funded().stream().map(id -> {
            ResultsDocument.ProjectResult project = results.projects().stream()
                    .filter(p -> p.proposalId().equals(id)).findFirst().orElseThrow();
            List<ImplementationUpdate> history = notes.getOrDefault(id, List.of());
            ImplementationUpdate latest = history.isEmpty() ? null : history.get(history.size() - 1);
            return new ProjectProgress(id, project.title(), project.cost(),
                    latest == null ? ImplementationStatus.PLANNED : latest.status, latest == null ? 0 : latest.percent,
                    history.stream().map(Note::of).toList());
        }).toList();
    }

    @POST
    @Path("{proposalId}")
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    @Operation(summary = "Record progress of a funded project", description = "Officials of the territory, once results are published.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "403", description = "Not an official of this territory")
    @APIResponse(responseCode = "422", description = "Not a funded project, or results not published")
    public Note record(@PathParam("cycleId") UUID cycleId, @PathParam("proposalId") UUID proposalId,
                       @NotNull @Valid ImplementationRequest request) {
        BudgetCycle cycle = cycles.require(cycleId);
        access.requireManager(cycle);
        if (cycle.replay || !cycle.phase.allows(CycleAction.TRACK_IMPLEMENTATION)) {
            throw ProblemException.unprocessable("phase-closed", "Implementation is tracked once results are published; "
                    + "the cycle is in " + cycle.phase + ".");
        }
        if (!published(cycleId).chosen().funded().contains(proposalId)) {
            throw ProblemException.unprocessable("not-funded", "Proposal " + proposalId + " was not funded in this cycle.");
        }
        if (request.status() == ImplementationStatus.COMPLETED && request.percent() != 100) {
            throw ProblemException.invalidField("percent", "A COMPLETED project is 100 % done");
        }
        LocalDate notedOn = request.notedOn() == null ? clock.today() : request.notedOn();
        if (notedOn.isAfter(clock.today())) {
            throw ProblemException.invalidField("notedOn", "A progress note cannot be dated in the future");
        }
        ImplementationUpdate update = new ImplementationUpdate();
        update.id = UUID.randomUUID();
        update.proposalId = proposalId;
        update.cycleId = cycleId;
        update.status = request.status();
        update.percent = request.percent();
        update.note = request.note().strip();
        update.notedOn = notedOn;
        update.notedBy = access.displayName();
        update.recordedAt = clock.now();
        update.persist();
        return Note.of(update);
    }

    private ResultsDocument published(UUID cycleId) {
        return tally.stored(cycleId).filter(r -> r.publishedAt() != null).orElseThrow(() -> new ProblemException(404,
                "results-not-published", "Results not published", "The results of cycle " + cycleId + " are not published yet."));
    }
}
