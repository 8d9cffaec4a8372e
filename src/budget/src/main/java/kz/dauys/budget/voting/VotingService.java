package kz.dauys.budget.voting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CycleAction;
import kz.dauys.budget.cycle.CyclePhase;
import kz.dauys.budget.cycle.CycleService;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Stores online ballots (one per resident, changeable while voting is open) and paper ballot batches. */
@ApplicationScoped
public class VotingService {

    private final EntityManager entityManager;
    private final CycleService cycles;
    private final BudgetClock clock;
    private final ObjectMapper objectMapper;
    private final int maxBatch;

    VotingService(EntityManager entityManager, CycleService cycles, BudgetClock clock, ObjectMapper objectMapper,
                  @ConfigProperty(name = "dauys.budget.paper.max-batch") int maxBatch) {
        this.entityManager = entityManager;
        this.cycles = cycles;
        this.clock = clock;
        this.objectMapper = objectMapper;
        this.maxBatch = maxBatch;
    }

    public record Cast(UUID ballotId, int revision, Instant submittedAt, Map<UUID, Long> choices) {
    }

    /**
     * Casts or replaces the resident's ballot. The unique index on (cycle, voter hash) makes concurrent
     * first ballots of one person collapse into one row; the row lock orders the replacements.
     */
    @Transactional
    public Cast castOnline(UUID cycleId, String voterHash, BallotRequest request) {
        BudgetCycle cycle = lockPhase(cycleId, CycleAction.VOTE, "Voting");
        Map<UUID, Long> choices = BallotBox.of(cycle).check(request, "");
        Instant now = clock.now();
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        insert into ballot (id, cycle_id, voter_hash, channel, revision, submitted_at)
                        values (?1, ?2, ?3, 'ONLINE', 1, ?4)
                        on conflict (cycle_id, voter_hash) where voter_hash is not null
                        do update set revision = ballot.revision + 1, submitted_at = excluded.submitted_at
                        returning id, revision""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, cycleId).setParameter(3, voterHash).setParameter(4, now)
                .getSingleResult();
        UUID ballotId = (UUID) row[0];
        int revision = ((Number) row[1]).intValue();
        entityManager.createNativeQuery("delete from ballot_choice where ballot_id = ?1").setParameter(1, ballotId).executeUpdate();
        insertChoices(ballotId, choices);
        entityManager.createNativeQuery("""
                        insert into ballot_revision (id, cycle_id, voter_hash, revision, choices, submitted_at)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, cycleId).setParameter(3, voterHash)
                .setParameter(4, revision).setParameter(5, json(choices)).setParameter(6, now).executeUpdate();
        return new Cast(ballotId, revision, now, choices);
    }

    /** The resident's current ballot and how many times it was changed, if they voted. */
    @Transactional
    public java.util.Optional<Cast> current(UUID cycleId, String voterHash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select b.id, b.revision, b.submitted_at, c.proposal_id, c.points
                        from ballot b join ballot_choice c on c.ballot_id = b.id
                        where b.cycle_id = ?1 and b.voter_hash = ?2 order by c.proposal_id""")
                .setParameter(1, cycleId).setParameter(2, voterHash).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<UUID, Long> choices = new LinkedHashMap<>();
        rows.forEach(r -> choices.put((UUID) r[3], ((Number) r[4]).longValue()));
        Object[] first = rows.get(0);
        return java.util.Optional.of(new Cast((UUID) first[0], ((Number) first[1]).intValue(), toInstant(first[2]), choices));
    }

    /** Enters a batch of paper ballots: all valid or nothing stored. */
    @Transactional
    public PaperBatch enterPaperBatch(UUID cycleId, PaperBatchRequest request, String officialSubject, String officialName) {
        BudgetCycle cycle = lockPhase(cycleId, CycleAction.ENTER_PAPER_BALLOTS, "Paper ballots");
        if (request.ballots().size() > maxBatch) {
            throw ProblemException.invalidField("ballots", "A batch holds at most " + maxBatch + " ballots; split it");
        }
        if (PaperBatch.count("cycleId = ?1 and label = ?2", cycleId, request.label().strip()) > 0) {
            throw ProblemException.conflict("A batch labelled '" + request.label().strip() + "' was already entered for this cycle.");
        }
        BallotBox box = BallotBox.of(cycle);
        List<Map<UUID, Long>> checked = new ArrayList<>();
        for (int i = 0; i < request.ballots().size(); i++) {
            checked.add(box.check(request.ballots().get(i), "ballots[" + i + "]: "));
        }
        PaperBatch batch = new PaperBatch();
        batch.id = UUID.randomUUID();
        batch.cycleId = cycleId;
        batch.label = request.label().strip();
        batch.enteredBy = officialSubject;
        batch.enteredByName = officialName;
        batch.enteredAt = clock.now();
        batch.ballotCount = checked.size();
        batch.spoiledCount = request.spoiled() == null ? 0 : request.spoiled();
        batch.persist();
        entityManager.flush();
        for (Map<UUID, Long> choices : checked) {
            UUID ballotId = UUID.randomUUID();
            entityManager.createNativeQuery("""
                            insert into ballot (id, cycle_id, channel, batch_id, submitted_at) values (?1, ?2, 'PAPER', ?3, ?4)""")
                    .setParameter(1, ballotId).setParameter(2, cycleId).setParameter(3, batch.id).setParameter(4, batch.enteredAt)
                    .executeUpdate();
            insertChoices(ballotId, choices);
        }
        return batch;
    }

    /** Votes (approvals or points) per project in one batch. */
    public Map<UUID, Long> batchTotals(UUID batchId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.proposal_id, sum(c.points) from ballot b join ballot_choice c on c.ballot_id = b.id
                        where b.batch_id = ?1 group by c.proposal_id order by c.proposal_id""")
                .setParameter(1, batchId).getResultList();
        Map<UUID, Long> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.put((UUID) r[0], ((Number) r[1]).longValue()));
        return totals;
    }

    /** Takes a shared lock on the cycle row so a phase change waits for ballots being stored, and vice versa. */
    private BudgetCycle lockPhase(UUID cycleId, CycleAction action, String what) {
        BudgetCycle cycle = cycles.require(cycleId);
        Object phase = entityManager.createNativeQuery("select phase from budget_cycle where id = ?1 for share")
                .setParameter(1, cycleId).getSingleResult();
        CyclePhase current = CyclePhase.valueOf(phase.toString());
        if (cycle.replay || !current.allows(action)) {
            throw ProblemException.unprocessable("phase-closed", what + " cannot be accepted now: the cycle is in its "
                    + current + " phase, which allows " + current.allowed() + ".");
        }
        return cycle;
    }

    private void insertChoices(UUID ballotId, Map<UUID, Long> choices) {
        choices.forEach((proposal, points) -> entityManager.createNativeQuery(
                        "insert into ballot_choice (ballot_id, proposal_id, points) values (?1, ?2, ?3)")
                .setParameter(1, ballotId).setParameter(2, proposal).setParameter(3, points.intValue()).executeUpdate());
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
