package kz.dauys.budget.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.cycle.BallotKind;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CyclePhase;
import kz.dauys.budget.cycle.OutcomeRule;
import kz.dauys.budget.cycle.Utility;
import kz.dauys.budget.proposal.ModerationStatus;
import kz.dauys.budget.proposal.Proposal;
import kz.dauys.budget.proposal.ReviewStatus;
import kz.dauys.platform.problem.ProblemException;
import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Project;
import kz.dauys.tally.pabulib.PabulibFile;
import kz.dauys.tally.pabulib.PabulibRules;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Creates a replay cycle from a pabulib file: its projects, its ballots, and the outcome computed again. */
@ApplicationScoped
public class ReplayService {

    private static final int TITLE_MAX = 200;

    private final EntityManager entityManager;
    private final TallyService tally;
    private final BudgetClock clock;

    ReplayService(EntityManager entityManager, TallyService tally, BudgetClock clock) {
        this.entityManager = entityManager;
        this.tally = tally;
        this.clock = clock;
    }

    /** What an import produced, and whether it reproduces the file's own outcome. */
    public record Replay(UUID cycleId, String rule, int projects, int ballots, Set<String> selectedInFile,
                         List<String> fundedNow, boolean matchesFile, ResultsDocument results) {
    }

    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "dauys.budget.tally-timeout")
    public Replay importFile(PabulibFile file, String territoryCode, String ruleOverride, String importedBy) {
        Election election;
        try {
            election = file.toElection();
        } catch (IllegalArgumentException e) {
            throw ProblemException.unprocessable("pabulib-unsupported", "The file cannot be replayed: " + e.getMessage());
        }
        String ruleKey = ruleOverride != null && !ruleOverride.isBlank() ? ruleOverride : file.ruleKey().orElse(null);
        if (ruleKey == null || PabulibRules.forKey(ruleKey).isEmpty()) {
            throw ProblemException.invalidField("rule", "The file names no supported rule (" + file.ruleKey().orElse("none")
                    + "); pass rule=greedy, equalshares, equalshares/add1 or equalshares/add1u");
        }
        if (election.projects().isEmpty()) {
            throw ProblemException.unprocessable("pabulib-unsupported", "The file has no projects.");
        }
        BudgetCycle cycle = newCycle(file, territoryCode, ruleKey, importedBy, election);
        Map<String, UUID> proposalIds = insertProjects(cycle, election);
        insertBallots(cycle, election, proposalIds);
        entityManager.flush();
        ResultsDocument results = tally.publish(cycle);
        Map<UUID, String> externalIds = new HashMap<>();
        proposalIds.forEach((external, id) -> externalIds.put(id, external));
        List<String> fundedNow = results.chosen().funded().stream().map(externalIds::get).toList();
        Set<String> selected = file.selectedProjectIds();
        return new Replay(cycle.id, ruleKey, election.projects().size(), election.ballots().size(), selected, fundedNow,
                !selected.isEmpty() && selected.equals(Set.copyOf(fundedNow)), results);
    }

    private BudgetCycle newCycle(PabulibFile file, String territoryCode, String ruleKey, String importedBy, Election election) {
        Map<String, String> meta = file.meta();
        BudgetCycle cycle = new BudgetCycle();
        cycle.id = UUID.randomUUID();
        cycle.territoryCode = territoryCode;
        String title = String.join(" ", List.of(meta.getOrDefault("unit", ""), meta.getOrDefault("subunit", ""),
                meta.getOrDefault("instance", ""))).strip().replaceAll(" +", " ");
        title = title.isEmpty() ? meta.getOrDefault("description", "Imported vote") : title;
        title = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX) : title;
        cycle.titleEn = "Replay: " + title;
        cycle.titleRu = "Повтор: " + title;
        cycle.titleKk = "Қайталау: " + title;
        cycle.descriptionEn = meta.get("description");
        cycle.budget = election.budget();
        LocalDate votingFrom = date(meta.get("date_begin")).orElse(clock.today().minusDays(60));
        LocalDate votingTo = date(meta.get("date_end")).filter(d -> d.isAfter(votingFrom)).orElse(votingFrom.plusDays(10));
        cycle.proposalsFrom = votingFrom.minusDays(60);
        cycle.reviewFrom = votingFrom.minusDays(30);
        cycle.votingFrom = votingFrom;
        cycle.tallyingFrom = votingTo.plusDays(1);
        cycle.resultsFrom = votingTo.plusDays(2);
        cycle.implementationFrom = votingTo.plusDays(3);
        cycle.phase = CyclePhase.RESULTS;
        cycle.phaseChangedAt = clock.now();
        cycle.phaseChangedBy = importedBy;
        cycle.outcomeRule = ruleKey.startsWith("equalshares") ? OutcomeRule.EQUAL_SHARES : OutcomeRule.GREEDY;
        cycle.utility = Utility.COST;
        boolean cumulative = election.ballots().stream().anyMatch(Ballot::isCumulative);
        cycle.ballotKind = cumulative ? BallotKind.CUMULATIVE : BallotKind.APPROVAL;
        if (cumulative) {
            cycle.maxPoints = election.ballots().stream()
                    .mapToLong(b -> b.points().values().stream().mapToLong(Long::longValue).sum()).max().stream()
                    .mapToInt(m -> (int) Math.min(Integer.MAX_VALUE, Math.max(1, m))).findFirst().orElse(1);
        }
        cycle.replay = true;
        cycle.replaySource = meta.getOrDefault("description", title);
        cycle.pabulibRule = ruleKey;
        cycle.createdBy = importedBy;
        cycle.createdAt = clock.now();
        cycle.persist();
        return cycle;
    }

    private Map<String, UUID> insertProjects(BudgetCycle cycle, Election election) {
        Map<String, UUID> ids = new HashMap<>();
        Instant base = clock.now();
        int order = 0;
        for (Project project : election.projects()) {
            Proposal proposal = new Proposal();
            proposal.id = UUID.randomUUID();
            proposal.cycleId = cycle.id;
            proposal.authorName = "pabulib";
            proposal.language = "en";
            proposal.title = project.name().isBlank() ? "Project " + project.id() : project.name();
            proposal.description = proposal.title;
            proposal.category = project.category().orElse("other");
            // Pabulib costs may be 0 (free projects); the table requires a positive estimate, the cost that counts is official.
            proposal.estimatedCost = Math.max(1, project.cost());
            proposal.officialCost = project.cost();
            proposal.moderationStatus = ModerationStatus.APPROVED;
            proposal.reviewStatus = ReviewStatus.FEASIBLE;
            proposal.externalId = project.id();
            proposal.submittedAt = base.plusNanos(1000L * order++);
            proposal.persist();
            ids.put(project.id(), proposal.id);
        }
        return ids;
    }

    private void insertBallots(BudgetCycle cycle, Election election, Map<String, UUID> proposalIds) {
        entityManager.flush();
        Instant at = clock.now();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ballots = connection.prepareStatement(
                    "insert into ballot (id, cycle_id, channel, external_id, submitted_at) values (?, ?, 'IMPORTED', ?, ?)");
                 PreparedStatement choices = connection.prepareStatement(
                         "insert into ballot_choice (ballot_id, proposal_id, points) values (?, ?, ?)")) {
                int pending = 0;
                for (Ballot ballot : election.ballots()) {
                    UUID ballotId = UUID.randomUUID();
                    ballots.setObject(1, ballotId);
                    ballots.setObject(2, cycle.id);
                    ballots.setString(3, ballot.voterId());
                    ballots.setObject(4, java.sql.Timestamp.from(at));
                    ballots.addBatch();
                    for (String project : ballot.approved()) {
                        choices.setObject(1, ballotId);
                        choices.setObject(2, proposalIds.get(project));
                        choices.setInt(3, (int) Math.max(1, ballot.weightOf(project)));
                        choices.addBatch();
                    }
                    if (++pending == 1000) {
                        ballots.executeBatch();
                        choices.executeBatch();
                        pending = 0;
                    }
                }
                ballots.executeBatch();
                choices.executeBatch();
            }
        });
    }

    private static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String pattern : new String[] {"dd.MM.yyyy", "yyyy-MM-dd", "d.M.yyyy", "dd/MM/yyyy"}) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ofPattern(pattern)));
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }
}
