package kz.dauys.moderation.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.moderation.ModerationConfig;
import kz.dauys.moderation.audit.AuditLog;
import kz.dauys.moderation.cases.CaseStatus;
import kz.dauys.moderation.cases.CaseType;
import kz.dauys.moderation.cases.ModerationCase;
import kz.dauys.moderation.decisions.Actor;
import kz.dauys.moderation.intake.DeadlinePolicy;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Internal appeals: the author of a rejected (or, after review, hidden) item may appeal once within the
 * appeal window; the appeal becomes a case for a different moderator.
 */
@ApplicationScoped
public class AppealService {

    private final AuditLog audit;
    private final DeadlinePolicy deadlines;
    private final ModerationConfig config;

    AppealService(AuditLog audit, DeadlinePolicy deadlines, ModerationConfig config) {
        this.audit = audit;
        this.deadlines = deadlines;
        this.config = config;
    }

    /** Whether a decided case can still be appealed by its author. */
    public boolean appealable(ModerationCase c, Instant now) {
        return c.status == CaseStatus.DECIDED && c.type != CaseType.APPEAL && !c.automated
                && (c.outcome == ModerationOutcome.REJECT || c.outcome == ModerationOutcome.HIDE)
                && !deadlines.day(now).isAfter(appealDeadline(c))
                && ModerationCase.count("appealOf", c.id) == 0;
    }

    public LocalDate appealDeadline(ModerationCase c) {
        return deadlines.day(c.decidedAt).plusMonths(config.appealWindowMonths());
    }

    @Transactional
    public ModerationCase lodge(Actor author, AppealRequest request) {
        ModerationCase decided = ModerationCase.findById(request.caseId());
        if (decided == null || !author.subject().equals(decided.authorSubject)) {
            // The same answer whether the case is missing or someone else's: case ids are not to be probed.
            throw ProblemException.notFound("Decision of case", request.caseId());
        }
        if (decided.status != CaseStatus.DECIDED) {
            throw ProblemException.unprocessable("not-decided", "The case is not decided yet; there is nothing to appeal.");
        }
        if (decided.type == CaseType.APPEAL) {
            throw ProblemException.unprocessable("appeal-final", "This is already the decision on your appeal; it cannot be appealed again.");
        }
        if (decided.outcome != ModerationOutcome.REJECT && decided.outcome != ModerationOutcome.HIDE) {
            throw ProblemException.unprocessable("not-appealable", "Only a rejection or a hide can be appealed, not " + decided.outcome + ".");
        }
        if (decided.automated) {
            throw ProblemException.unprocessable("under-review", "The hide after reports is already being reviewed by a moderator.");
        }
        if (ModerationCase.count("appealOf", decided.id) > 0) {
            throw ProblemException.conflict("You have already appealed this decision; an appeal is possible once.");
        }
        Instant now = Instant.now();
        if (deadlines.day(now).isAfter(appealDeadline(decided))) {
            throw ProblemException.unprocessable("appeal-window-closed", "The appeal window of " + config.appealWindowMonths()
                    + " months closed on " + appealDeadline(decided) + ".");
        }
        Integer lastRound = ModerationCase.find("select max(round) from ModerationCase where itemRef = ?1 and type = ?2",
                decided.itemRef, CaseType.APPEAL).project(Integer.class).firstResult();
        ModerationCase appeal = new ModerationCase();
        appeal.id = UUID.randomUUID();
        appeal.itemRef = decided.itemRef;
        appeal.type = CaseType.APPEAL;
        appeal.round = lastRound == null ? 1 : lastRound + 1;
        appeal.status = CaseStatus.OPEN;
        appeal.kind = decided.kind;
        appeal.itemId = decided.itemId;
        appeal.originService = decided.originService;
        appeal.authorSubject = decided.authorSubject;
        appeal.authorDisplayName = decided.authorDisplayName;
        appeal.title = decided.title;
        appeal.body = decided.body;
        appeal.fields = decided.fields;
        appeal.link = decided.link;
        appeal.language = decided.language;
        appeal.findings = decided.findings;
        appeal.riskScore = decided.riskScore;
        appeal.submittedAt = decided.submittedAt;
        appeal.dueOn = deadlines.reviewDueOn(now);
        appeal.appealOf = decided.id;
        appeal.appealGrounds = request.grounds().strip();
        appeal.createdAt = now;
        appeal.persist();
        audit.record(author.subject(), author.name(), "appeal.lodged", appeal.id, appeal.itemRef, "appeals case " + decided.id);
        return appeal;
    }
}
