package kz.dauys.portal.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static kz.dauys.portal.budget.BudgetApi.BallotItem;
import static kz.dauys.portal.budget.BudgetApi.BallotRequest;

/**
 * Paper ballots as an official types them from the counting sheets, one ballot per line, projects by their number
 * on the ballot paper: {@code 1, 3} (approval), {@code 1=4, 3=1} (points), and {@code 12 x 1, 3} for twelve
 * identical ballots. Typing numbers works without JavaScript and on any device.
 */
final class PaperBallots {

    /** More than the service takes in one batch; a larger repeat is a typing mistake. */
    static final int MAX_BALLOTS = 5000;
    private static final Pattern REPEAT = Pattern.compile("^(\\d+)\\s*[x×*]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    /** The ballots, or the first line that cannot be read (1-based) with the text key saying why. */
    record Parsed(List<BallotRequest> ballots, int badLine, String problemKey) {
    }

    private PaperBallots() {
    }

    static Parsed parse(String text, List<BallotItem> paper, boolean points) {
        List<BallotRequest> ballots = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int copies = 1;
            Matcher repeat = REPEAT.matcher(line);
            if (repeat.matches()) {
                copies = parseCount(repeat.group(1));
                line = repeat.group(2).strip();
            }
            if (copies < 1 || ballots.size() + copies > MAX_BALLOTS) {
                return new Parsed(null, i + 1, "budget_paper_error_count");
            }
            BallotRequest ballot = ballot(line, paper, points);
            if (ballot == null) {
                return new Parsed(null, i + 1, "budget_paper_error_line");
            }
            for (int c = 0; c < copies; c++) {
                ballots.add(ballot);
            }
        }
        if (ballots.isEmpty()) {
            return new Parsed(null, 0, "budget_paper_error_empty");
        }
        return new Parsed(ballots, 0, null);
    }

    private static BallotRequest ballot(String line, List<BallotItem> paper, boolean points) {
        Map<UUID, Long> chosen = new LinkedHashMap<>();
        for (String part : line.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            String[] numberAndPoints = part.split("=", 2);
            int number = parseCount(numberAndPoints[0]);
            if (number < 1 || number > paper.size() || (numberAndPoints.length == 2) != points) {
                return null;
            }
            long value = points ? parseCount(numberAndPoints[1]) : 1;
            UUID project = paper.get(number - 1).proposalId();
            if (value < 1 || chosen.containsKey(project)) {
                return null;
            }
            chosen.put(project, value);
        }
        if (chosen.isEmpty()) {
            return null;
        }
        return points ? new BallotRequest(null, chosen) : new BallotRequest(List.copyOf(chosen.keySet()), null);
    }

    private static int parseCount(String digits) {
        String d = digits.strip();
        if (d.isEmpty() || d.length() > 6 || !d.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(d);
    }
}
