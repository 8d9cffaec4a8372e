package kz.dauys.moderation.cases;

import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A line of the moderation queue. */
public record CaseSummary(UUID id, CaseType type, int round, CaseStatus status, ContentKind kind, String itemId,
                          String originService, String title, String authorDisplayName, String language, int riskScore,
                          List<String> flags, Instant submittedAt, LocalDate dueOn, boolean overdue,
                          String claimedBy, Instant claimExpiresAt, ModerationOutcome outcome, Instant decidedAt,
                          boolean escalated) {
}
