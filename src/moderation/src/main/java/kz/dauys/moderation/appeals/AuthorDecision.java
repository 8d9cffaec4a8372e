package kz.dauys.moderation.appeals;

import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.moderation.cases.CaseType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision on the caller's own content, with whether and until when it can be appealed. */
public record AuthorDecision(UUID caseId, CaseType type, ContentKind kind, String itemId, String originService,
                             String title, ModerationOutcome outcome, String reasonCode, String statement,
                             Instant decidedAt, boolean appealable, LocalDate appealUntil, UUID appealCaseId) {
}
