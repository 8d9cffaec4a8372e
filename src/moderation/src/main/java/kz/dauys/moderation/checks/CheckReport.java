package kz.dauys.moderation.checks;

import java.util.ArrayList;
import java.util.List;

/** All findings about one submission, the detected language and the combined risk score (0-100). */
public record CheckReport(String language, List<Finding> findings) {

    public static final int MAX_RISK = 100;

    public int riskScore() {
        return Math.min(MAX_RISK, findings.stream().mapToInt(f -> f.severity().weight()).sum());
    }

    /** Whether any check found something a moderator should look at (anything above INFO). */
    public boolean flagged() {
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO);
    }

    public CheckReport with(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new CheckReport(language, List.copyOf(all));
    }
}
