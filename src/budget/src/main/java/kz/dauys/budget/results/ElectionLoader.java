package kz.dauys.budget.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import kz.dauys.budget.cycle.BallotKind;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.proposal.Proposal;
import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** Reads a cycle's projects and counted ballots from the database into an election. */
@ApplicationScoped
public class ElectionLoader {

    private final EntityManager entityManager;

    ElectionLoader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public CycleElection load(BudgetCycle cycle) {
        List<Proposal> onBallot = Proposal.onBallot(cycle.id);
        Map<String, Proposal> byProjectId = new LinkedHashMap<>();
        Map<UUID, String> projectIdOf = new HashMap<>();
        List<Project> projects = new ArrayList<>();
        for (Proposal p : onBallot) {
            String id = CycleElection.projectId(p);
            byProjectId.put(id, p);
            projectIdOf.put(p.id, id);
            projects.add(new Project(id, p.cost(), p.title, Optional.ofNullable(p.category)));
        }
        boolean cumulative = cycle.ballotKind == BallotKind.CUMULATIVE;
        List<Ballot> ballots = new ArrayList<>();
        try (Stream<?> rows = entityManager.createNativeQuery("""
                        select b.id, c.proposal_id, c.points from ballot b join ballot_choice c on c.ballot_id = b.id
                        where b.cycle_id = ?1 order by b.id, c.proposal_id""")
                .setParameter(1, cycle.id).getResultStream()) {
            UUID[] current = {null};
            Map<String, Long> choices = new LinkedHashMap<>();
            rows.forEach(raw -> {
                Object[] row = (Object[]) raw;
                UUID ballotId = (UUID) row[0];
                if (current[0] != null && !current[0].equals(ballotId)) {
                    ballots.add(toBallot(ballots.size() + 1, choices, cumulative));
                    choices.clear();
                }
                current[0] = ballotId;
                String projectId = projectIdOf.get((UUID) row[1]);
                if (projectId != null) {
                    choices.put(projectId, ((Number) row[2]).longValue());
                }
            });
            if (current[0] != null) {
                ballots.add(toBallot(ballots.size() + 1, choices, cumulative));
            }
        }
        return new CycleElection(new Election(cycle.budget, projects, ballots), byProjectId, votesByChannel(cycle.id),
                ballotsByChannel(cycle.id), spoiled(cycle.id));
    }

    private static Ballot toBallot(int number, Map<String, Long> choices, boolean cumulative) {
        String voter = Integer.toString(number);
        return cumulative ? Ballot.cumulative(voter, choices) : Ballot.approval(voter, List.copyOf(choices.keySet()));
    }

    private Map<UUID, Map<String, Long>> votesByChannel(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select c.proposal_id, b.channel, sum(c.points) from ballot b join ballot_choice c on c.ballot_id = b.id
                        where b.cycle_id = ?1 group by c.proposal_id, b.channel""")
                .setParameter(1, cycleId).getResultList();
        Map<UUID, Map<String, Long>> votes = new HashMap<>();
        rows.forEach(r -> votes.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put((String) r[1], ((Number) r[2]).longValue()));
        return votes;
    }

    private Map<String, Long> ballotsByChannel(UUID cycleId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select channel, count(*) from ballot where cycle_id = ?1 group by channel")
                .setParameter(1, cycleId).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    private long spoiled(UUID cycleId) {
        return ((Number) entityManager.createNativeQuery(
                        "select coalesce(sum(spoiled_count), 0) from paper_batch where cycle_id = ?1")
                .setParameter(1, cycleId).getSingleResult()).longValue();
    }
}
