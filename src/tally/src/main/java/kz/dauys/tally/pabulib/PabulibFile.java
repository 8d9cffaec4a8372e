package kz.dauys.tally.pabulib;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.OutcomeRule;
import kz.dauys.tally.Project;

/**
 * The content of a pabulib {@code .pb} file: the META key/values and the PROJECTS and VOTES tables,
 * each with its own header. Every column is kept, known or not, in file order, so a file written
 * back is the file read.
 *
 * @param meta           META section, key to value, in file order
 * @param projectColumns PROJECTS header ({@code project_id;cost;...})
 * @param projects       one map per project row, column to value
 * @param voteColumns    VOTES header ({@code voter_id;vote;...})
 * @param votes          one map per vote row, column to value
 */
public record PabulibFile(Map<String, String> meta, List<String> projectColumns, List<Map<String, String>> projects,
                          List<String> voteColumns, List<Map<String, String>> votes) {

    public PabulibFile {
        meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
        projectColumns = List.copyOf(projectColumns);
        voteColumns = List.copyOf(voteColumns);
        projects = projects.stream().map(PabulibFile::frozen).toList();
        votes = votes.stream().map(PabulibFile::frozen).toList();
    }

    private static Map<String, String> frozen(Map<String, String> row) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(row));
    }

    /** META {@code vote_type}, {@code approval} when absent. */
    public String voteType() {
        return meta.getOrDefault("vote_type", "approval");
    }

    /** META {@code rule}, the rule that decided the real outcome, if recorded. */
    public Optional<String> ruleKey() {
        return Optional.ofNullable(meta.get("rule"));
    }

    /** The rule named by META {@code rule}, when this library implements it (see {@link PabulibRules}). */
    public Optional<OutcomeRule> rule() {
        return ruleKey().flatMap(PabulibRules::forKey);
    }

    /** Ids of the projects whose {@code selected} column is 1, in file order. */
    public Set<String> selectedProjectIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, String> row : projects) {
            if ("1".equals(row.get("selected"))) {
                ids.add(row.get("project_id"));
            }
        }
        return ids;
    }

    /**
     * The election described by the file. Approval votes read the comma-separated {@code vote}
     * column; cumulative and scoring votes pair it with the {@code points} column.
     *
     * @throws IllegalArgumentException for other vote types (ordinal) or malformed numbers
     */
    public Election toElection() {
        String type = voteType();
        boolean withPoints = type.equals("cumulative") || type.equals("scoring");
        if (!withPoints && !type.equals("approval")) {
            throw new IllegalArgumentException("vote_type " + type + " is not supported");
        }
        long budget = whole(required(meta, "budget", "META"), "budget");
        List<Project> list = new ArrayList<>();
        for (Map<String, String> row : projects) {
            String id = required(row, "project_id", "PROJECTS");
            long cost = whole(required(row, "cost", "PROJECTS"), "cost of project " + id);
            String category = row.get("category");
            list.add(new Project(id, cost, row.getOrDefault("name", ""),
                    category == null || category.isEmpty() ? Optional.empty() : Optional.of(category)));
        }
        List<Ballot> ballots = new ArrayList<>(votes.size());
        for (Map<String, String> row : votes) {
            String voter = required(row, "voter_id", "VOTES");
            List<String> ids = split(row.getOrDefault("vote", ""));
            if (withPoints) {
                List<String> points = split(required(row, "points", "VOTES"));
                if (points.size() != ids.size()) {
                    throw new IllegalArgumentException("voter " + voter + ": " + ids.size() + " projects but "
                            + points.size() + " points");
                }
                Map<String, Long> byProject = new LinkedHashMap<>();
                for (int i = 0; i < ids.size(); i++) {
                    byProject.put(ids.get(i), whole(points.get(i), "points of voter " + voter));
                }
                ballots.add(Ballot.cumulative(voter, byProject));
            } else {
                ballots.add(Ballot.approval(voter, ids));
            }
        }
        return new Election(budget, list, ballots);
    }

    /**
     * A file for an election, e.g. to publish a Dauys vote in the pabulib format.
     *
     * @param election the election
     * @param meta     META entries to write first (description, country, unit, ...); {@code budget},
     *                 {@code num_projects}, {@code num_votes} and {@code vote_type} are filled in
     * @param outcome  when present, fills the {@code selected} column and the {@code rule} key
     */
    public static PabulibFile of(Election election, Map<String, String> meta, Optional<Outcome> outcome) {
        Objects.requireNonNull(outcome, "outcome");
        boolean cumulative = election.isCumulative();
        Map<String, String> m = new LinkedHashMap<>(meta);
        m.put("num_projects", Integer.toString(election.projects().size()));
        m.put("num_votes", Integer.toString(election.ballots().size()));
        m.put("budget", Long.toString(election.budget()));
        m.put("vote_type", cumulative ? "cumulative" : "approval");
        outcome.ifPresent(o -> m.put("rule", o.rule()));
        List<String> projectColumns = new ArrayList<>(List.of("project_id", "cost", "votes", "name", "category"));
        if (outcome.isPresent()) {
            projectColumns.add("selected");
        }
        Map<String, Long> votes = election.voteCounts();
        List<Map<String, String>> projectRows = new ArrayList<>();
        for (Project p : election.projects()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("project_id", p.id());
            row.put("cost", Long.toString(p.cost()));
            row.put("votes", Long.toString(votes.get(p.id())));
            row.put("name", p.name());
            row.put("category", p.category().orElse(""));
            outcome.ifPresent(o -> row.put("selected", o.isFunded(p.id()) ? "1" : "0"));
            projectRows.add(row);
        }
        List<String> voteColumns = cumulative ? List.of("voter_id", "vote", "points") : List.of("voter_id", "vote");
        List<Map<String, String>> voteRows = new ArrayList<>();
        for (Ballot b : election.ballots()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("voter_id", b.voterId());
            if (cumulative) {
                row.put("vote", String.join(",", b.points().keySet()));
                row.put("points", String.join(",", b.points().values().stream().map(String::valueOf).toList()));
            } else {
                row.put("vote", String.join(",", b.approved()));
            }
            voteRows.add(row);
        }
        return new PabulibFile(m, projectColumns, projectRows, voteColumns, voteRows);
    }

    private static String required(Map<String, String> row, String column, String section) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(section + ": missing " + column + " in " + row);
        }
        return value;
    }

    private static List<String> split(String list) {
        if (list.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : list.split(",")) {
            out.add(part.strip());
        }
        return out;
    }

    /** A whole number, accepting pabulib's occasional {@code 1000.0} spelling. */
    private static long whole(String text, String what) {
        try {
            return new BigDecimal(text.strip()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a whole number: " + text, e);
        }
    }
}
