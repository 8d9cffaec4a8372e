package kz.dauys.portal.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static kz.dauys.portal.budget.BudgetApi.*;

/**
 * The vote page's state: the ballot paper, what the resident chose, the running total against the budget
 * (recomputed here on every POST, so the total is right without JavaScript) and the rules the service
 * said the ballot breaks.
 */
public record BallotForm(BallotPaper paper, Map<UUID, Long> choices, List<Violation> violations) {

    /** The rule kinds of the tally's {@code BallotViolation}; each has a {@code budget_rule_*} text. */
    public static final Set<String> RULES = Set.of("UNKNOWN_PROJECT", "TOO_MANY_PROJECTS", "TOO_FEW_PROJECTS", "OVER_BUDGET",
            "BELOW_MINIMUM_SHARE", "POINTS_NOT_ALLOWED", "POINTS_REQUIRED", "NEGATIVE_POINTS", "TOO_MANY_POINTS",
            "TOO_MANY_POINTS_FOR_PROJECT");

    private static final Pattern RULE = Pattern.compile("([A-Z_]+)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A broken rule: its text key and the service's figures (e.g. "costs 12,000,000 of 10,000,000"). */
    public record Violation(String key, String detail) {
    }

    /** One row of the ballot: the project, whether (or how many points) it is chosen. */
    public record Row(BallotItem project, boolean chosen, long points) {
    }

    public static BallotForm of(BallotPaper paper, Map<UUID, Long> choices) {
        return new BallotForm(paper, choices == null ? Map.of() : choices, List.of());
    }

    /** Reads the form: {@code project} checkboxes (approval) or {@code points-<id>} numbers (cumulative); unknown ids are dropped. */
    public static BallotForm read(BallotPaper paper, List<String> projects, Map<String, String> fields) {
        Map<UUID, Long> choices = new LinkedHashMap<>();
        for (BallotItem item : paper.projects()) {
            String id = item.proposalId().toString();
            if (paper.rules() != null && paper.rules().isCumulative()) {
                long points = parsePoints(fields.get("points-" + id));
                if (points != 0) {
                    choices.put(item.proposalId(), points);
                }
            } else if (projects != null && projects.contains(id)) {
                choices.put(item.proposalId(), 1L);
            }
        }
        return of(paper, choices);
    }

    public BallotForm withViolations(List<Violation> found) {
        return new BallotForm(paper, choices, List.copyOf(found));
    }

    public boolean isCumulative() {
        return paper.rules() != null && paper.rules().isCumulative();
    }

    public List<Row> getRows() {
        return paper.projects().stream()
                .map(p -> new Row(p, choices.containsKey(p.proposalId()), choices.getOrDefault(p.proposalId(), 0L))).toList();
    }

    /** The cost of the chosen projects. */
    public long getTotal() {
        return paper.projects().stream().filter(p -> choices.containsKey(p.proposalId())).mapToLong(BallotItem::cost).sum();
    }

    public long getPointsTotal() {
        return choices.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean isOverBudget() {
        return !isCumulative() && getTotal() > paper.budget();
    }

    public int getPercentOfBudget() {
        return paper.budget() <= 0 ? 0 : (int) Math.min(100, getTotal() * 100 / paper.budget());
    }

    public BallotRequest request() {
        return isCumulative() ? new BallotRequest(null, new LinkedHashMap<>(choices))
                : new BallotRequest(new ArrayList<>(choices.keySet()), null);
    }

    /** The broken rules of a 422 {@code ballot-rules} problem, each by its kind; other refusals give one general line. */
    public static List<Violation> violations(WebApplicationException e) {
        List<Violation> found = new ArrayList<>();
        Response response = e.getResponse();
        try {
            if (response != null && response.hasEntity()) {
                response.bufferEntity();
                JsonNode problem = JSON.readTree(response.readEntity(String.class));
                for (JsonNode error : problem.path("errors")) {
                    Matcher rule = RULE.matcher(error.path("field").asText(""));
                    String kind = rule.find() && RULES.contains(rule.group(1)) ? rule.group(1) : "OTHER";
                    found.add(new Violation("budget_rule_" + kind.toLowerCase(Locale.ROOT), error.path("message").asText("")));
                }
                if (found.isEmpty()) {
                    found.add(new Violation("budget_rule_other", problem.path("detail").asText("")));
                }
            }
        } catch (RuntimeException | java.io.IOException unreadable) {
            // Not problem+json: the general line below.
        }
        if (found.isEmpty()) {
            found.add(new Violation("budget_rule_other", ""));
        }
        return found;
    }

    private static long parsePoints(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            // Shown to the service as -1 so that its rules name the mistake (negative points).
            return -1;
        }
    }
}
