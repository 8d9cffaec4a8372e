package kz.dauys.moderation.cases;

import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.moderation.checks.Finding;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a moderator needs to decide a case: the content (offsets of findings point into
 * {@code title}, {@code body} and {@code fields}), the findings, the claim, earlier rounds and, for
 * reviews, the reports.
 */
public record CaseDetail(UUID id, CaseType type, int round, CaseStatus status, ContentKind kind, String itemId,
                         String originService, String link, String authorDisplayName, boolean ownContent,
                         String title, String body, Map<String, String> fields, String language,
                         List<Finding> findings, int riskScore, Instant submittedAt, LocalDate dueOn, boolean overdue,
                         Claim claim, Decision decision, Appeal appeal, Escalation escalation,
                         Set<ModerationOutcome> allowedOutcomes, List<Round> history, Reports reports) {

    public record Claim(String moderator, Instant expiresAt, boolean mine) {
    }

    public record Decision(ModerationOutcome outcome, String reasonCode, String moderatorText, String statement,
                           String decidedBy, Instant decidedAt, boolean automated) {
    }

    /** For an appeal case: what is appealed and why. */
    public record Appeal(UUID appealedCaseId, ModerationOutcome appealedOutcome, String appealedReasonCode,
                         String appealedStatement, String appealedBy, String grounds, Instant lodgedAt) {
    }

    public record Escalation(Instant at, String note) {
    }

    /** Another case of the same item. */
    public record Round(UUID caseId, CaseType type, int round, CaseStatus status, ModerationOutcome outcome,
                        String reasonCode, Instant decidedAt) {
    }

    /** Reports of the item (moderators only): counts by reason and the comments. */
    public record Reports(long total, Map<String, Long> byReason, List<Report> items) {
    }

    public record Report(String reason, String comment, Instant reportedAt) {
    }
}
