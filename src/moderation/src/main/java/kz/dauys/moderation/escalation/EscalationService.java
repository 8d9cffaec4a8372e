package kz.dauys.moderation.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationCaseEscalated;
import kz.dauys.moderation.audit.AuditLog;
import kz.dauys.moderation.cases.ModeratedItem;
import kz.dauys.moderation.cases.ModerationCase;
import kz.dauys.moderation.decisions.Actor;
import kz.dauys.moderation.decisions.DecisionService;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.util.UUID;

/** Refers a case to the ombudsman as a possible human-rights violation, once per case. */
@ApplicationScoped
public class EscalationService {

    private final Outbox outbox;
    private final AuditLog audit;
    private final DecisionService decisions;

    EscalationService(Outbox outbox, AuditLog audit, DecisionService decisions) {
        this.outbox = outbox;
        this.audit = audit;
        this.decisions = decisions;
    }

    @Transactional
    public ModerationCase escalate(UUID caseId, Actor moderator, String note) {
        ModerationCase c = ModerationCase.findById(caseId);
        if (c == null) {
            throw ProblemException.notFound("Case", caseId);
        }
        decisions.requireMayDecide(c, moderator);
        if (c.escalatedAt != null) {
            throw ProblemException.conflict("The case was already referred to the ombudsman on " + c.escalatedAt + ".");
        }
        Instant now = Instant.now();
        c.escalatedAt = now;
        c.escalatedBy = moderator.subject();
        c.escalationNote = note.strip();
        ModeratedItem item = ModeratedItem.findById(c.itemRef);
        outbox.publish(ModerationCaseEscalated.EVENT, c.id.toString(), new ModerationCaseEscalated(c.id.toString(), c.kind,
                c.itemId, c.originService, c.title, c.body, c.language, c.link, c.authorSubject, c.authorDisplayName,
                item.territoryCode, c.escalationNote, now));
        audit.record(moderator.subject(), moderator.name(), "case.escalated", c.id, c.itemRef, "referred to the ombudsman");
        return c;
    }
}
