package kz.dauys.moderation.decisions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.moderation.ModerationConfig;
import kz.dauys.moderation.audit.AuditLog;
import kz.dauys.moderation.cases.CaseStatus;
import kz.dauys.moderation.cases.CaseType;
import kz.dauys.moderation.cases.ItemStatus;
import kz.dauys.moderation.cases.ModeratedItem;
import kz.dauys.moderation.cases.ModerationCase;
import kz.dauys.moderation.intake.DeadlinePolicy;
import kz.dauys.moderation.reference.ReasonCatalog;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Claims and decisions. A moderator claims a case (atomically: one moderator per case until the claim
 * expires), then decides it with a reason and a statement of reasons; the decision leaves through the
 * outbox as {@link ModerationDecided} for the origin service. Nobody decides on their own content, and
 * an appeal goes to a different moderator than the one who took the appealed decision.
 */
@ApplicationScoped
public class DecisionService {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ReasonCatalog reasons;
    private final StatementOfReasons statements;
    private final Findings findings;
    private final DeadlinePolicy deadlines;
    private final ModerationConfig config;

    DecisionService(EntityManager entityManager, Outbox outbox, AuditLog audit, ReasonCatalog reasons,
                    StatementOfReasons statements, Findings findings, DeadlinePolicy deadlines, ModerationConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.reasons = reasons;
        this.statements = statements;
        this.findings = findings;
        this.deadlines = deadlines;
        this.config = config;
    }

    /** The outcomes a case of this type (and, for appeals, of this appealed decision) allows. */
    public static Set<ModerationOutcome> allowedOutcomes(ModerationCase c, ModerationCase appealed) {
        return switch (c.type) {
            case SUBMISSION -> EnumSet.of(ModerationOutcome.APPROVE, ModerationOutcome.REJECT,
                    ModerationOutcome.REQUEST_CHANGES, ModerationOutcome.HIDE);
            case NOTICE_REVIEW -> EnumSet.of(ModerationOutcome.RESTORE, ModerationOutcome.HIDE);
            case APPEAL -> appealed != null && appealed.outcome == ModerationOutcome.HIDE
                    ? EnumSet.of(ModerationOutcome.RESTORE, ModerationOutcome.HIDE)
                    : EnumSet.of(ModerationOutcome.APPROVE, ModerationOutcome.REJECT);
        };
    }

    @Transactional
    public ModerationCase claim(UUID caseId, Actor moderator) {
        ModerationCase c = openCase(caseId);
        requireMayDecide(c, moderator);
        Instant now = Instant.now();
        Instant expires = now.plus(config.claimDuration());
        int claimed = entityManager.createNativeQuery("""
                        update moderation_case
                        set claimed_by = ?1, claimed_by_name = ?2, claim_expires_at = ?3, version = version + 1
                        where id = ?4 and status = 'OPEN'
                          and (claimed_by is null or claimed_by = ?1 or claim_expires_at <= ?5)""")
                .setParameter(1, moderator.subject())
                .setParameter(2, moderator.name())
                .setParameter(3, expires)
                .setParameter(4, caseId)
                .setParameter(5, now)
                .executeUpdate();
        if (claimed == 0) {
            entityManager.refresh(c);
            throw ProblemException.conflict(c.status == CaseStatus.DECIDED ? "The case was decided meanwhile."
                    : "Another moderator (" + c.claimedByName + ") is working on this case until " + c.claimExpiresAt + ".");
        }
        audit.record(moderator.subject(), moderator.name(), "case.claimed", caseId, c.itemRef, "until " + expires);
        entityManager.refresh(c);
        return c;
    }

    @Transactional
    public void release(UUID caseId, Actor moderator) {
        ModerationCase c = openCase(caseId);
        if (!c.isClaimedBy(moderator.subject(), Instant.now())) {
            throw ProblemException.conflict("You do not hold a claim on this case.");
        }
        c.claimedBy = null;
        c.claimedByName = null;
        c.claimExpiresAt = null;
        audit.record(moderator.subject(), moderator.name(), "case.released", caseId, c.itemRef, null);
    }

    @Transactional
    public ModerationCase decide(UUID caseId, Actor moderator, DecisionRequest request) {
        ModerationCase c = openCase(caseId);
        requireMayDecide(c, moderator);
        Instant now = Instant.now();
        if (!c.isClaimedBy(moderator.subject(), now)) {
            throw ProblemException.conflict("Claim the case before deciding it (or your claim has expired).");
        }
        ModerationCase appealed = c.appealOf == null ? null : ModerationCase.findById(c.appealOf);
        if (!allowedOutcomes(c, appealed).contains(request.outcome())) {
            throw ProblemException.unprocessable("outcome-not-allowed",
                    "A " + c.type + " case can be decided " + allowedOutcomes(c, appealed) + ", not " + request.outcome() + ".");
        }
        boolean favourable = request.outcome() == ModerationOutcome.APPROVE || request.outcome() == ModerationOutcome.RESTORE;
        String reasonCode = blankToNull(request.reasonCode());
        if (reasonCode != null && reasons.find(reasonCode).isEmpty()) {
            throw ProblemException.invalidField("reasonCode", "Unknown reason code " + reasonCode + "; see /api/moderation/reason-codes.");
        }
        if (!favourable && reasonCode == null) {
            throw ProblemException.invalidField("reasonCode", "A " + request.outcome() + " decision needs a reason code.");
        }
        if (!favourable && blankToNull(request.text()) == null) {
            throw ProblemException.invalidField("text", "Explain the facts to the author: a " + request.outcome()
                    + " decision needs a statement in your words.");
        }
        c.outcome = request.outcome();
        c.reasonCode = favourable ? null : reasonCode;
        c.moderatorText = blankToNull(request.text());
        c.decidedBy = moderator.subject();
        c.decidedByName = moderator.name();
        c.decidedAt = now;
        c.automated = false;
        c.status = CaseStatus.DECIDED;
        c.claimedBy = null;
        c.claimedByName = null;
        c.claimExpiresAt = null;
        c.statement = statements.write(new StatementOfReasons.ModeratorDecision(c.language, c.kind, c.title, c.outcome,
                c.reasonCode, c.moderatorText, deadlines.day(c.submittedAt), findings.flaggedCodes(c.findings),
                c.type == CaseType.APPEAL ? deadlines.day(c.createdAt) : null,
                deadlines.day(now).plusMonths(config.appealWindowMonths())));

        ModeratedItem item = ModeratedItem.findById(c.itemRef);
        item.status = switch (c.outcome) {
            case APPROVE, RESTORE -> ItemStatus.PUBLISHED;
            case REJECT -> ItemStatus.REJECTED;
            case REQUEST_CHANGES -> ItemStatus.CHANGES_REQUESTED;
            case HIDE -> ItemStatus.HIDDEN;
        };
        item.updatedAt = now;

        boolean onAppeal = c.type == CaseType.APPEAL;
        outbox.publish(ModerationDecided.EVENT, c.itemId, new ModerationDecided(c.id.toString(), c.kind, c.itemId,
                c.originService, c.outcome, c.reasonCode, c.statement, onAppeal, now));
        String detail = c.outcome + (c.reasonCode == null ? "" : " " + c.reasonCode)
                + (onAppeal ? (appealed != null && appealed.outcome != c.outcome ? " (reverses " : " (upholds ") + c.appealOf + ")" : "");
        audit.record(moderator.subject(), moderator.name(), onAppeal ? "appeal.decided" : "case.decided", c.id, c.itemRef, detail);
        return c;
    }

    /** Moderators never decide on their own content; an appeal needs a fresh pair of eyes. */
    public void requireMayDecide(ModerationCase c, Actor moderator) {
        if (moderator.subject().equals(c.authorSubject)) {
            throw ProblemException.forbidden("You are the author of this content; another moderator must handle it.");
        }
        if (c.type == CaseType.APPEAL) {
            ModerationCase appealed = ModerationCase.findById(c.appealOf);
            if (appealed != null && moderator.subject().equals(appealed.decidedBy)) {
                throw ProblemException.forbidden("You took the decision under appeal; a different moderator must decide the appeal.");
            }
        }
    }

    private static ModerationCase openCase(UUID caseId) {
        ModerationCase c = ModerationCase.findById(caseId);
        if (c == null) {
            throw ProblemException.notFound("Case", caseId);
        }
        if (c.status != CaseStatus.OPEN) {
            throw ProblemException.conflict("The case is already decided (" + c.outcome + ").");
        }
        return c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
