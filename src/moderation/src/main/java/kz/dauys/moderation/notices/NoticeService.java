package kz.dauys.moderation.notices;

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
import kz.dauys.moderation.decisions.Actor;
import kz.dauys.moderation.decisions.StatementOfReasons;
import kz.dauys.moderation.intake.DeadlinePolicy;
import kz.dauys.moderation.reference.ReasonCatalog;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Notice and action: signed-in users report published items, once per item each. When the distinct
 * reports not yet reviewed reach the configured number, the item is hidden pending review (a HIDE
 * decision with a statement saying why goes to the origin service) and a review case is queued.
 */
@ApplicationScoped
public class NoticeService {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditLog audit;
    private final StatementOfReasons statements;
    private final DeadlinePolicy deadlines;
    private final ModerationConfig config;

    NoticeService(EntityManager entityManager, Outbox outbox, AuditLog audit, StatementOfReasons statements,
                  DeadlinePolicy deadlines, ModerationConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.statements = statements;
        this.deadlines = deadlines;
        this.config = config;
    }

    /** What the reporter learns: the report is recorded (not how many others reported). */
    public record Receipt(UUID id, Instant reportedAt) {
    }

    @Transactional
    public Receipt report(Actor reporter, NoticeRequest request) {
        ModeratedItem item = ModeratedItem.find(request.originService(), request.kind(), request.itemId())
                .orElseThrow(() -> ProblemException.notFound(request.kind() + " of " + request.originService(), request.itemId()));
        if (item.status != ItemStatus.PUBLISHED && item.status != ItemStatus.HIDDEN) {
            throw ProblemException.unprocessable("not-published", "Only published items can be reported.");
        }
        // Locks the item row: concurrent reports of one item count one after the other.
        entityManager.lock(item, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (Notice.count("itemRef = ?1 and reporterSubject = ?2", item.id, reporter.subject()) > 0) {
            throw ProblemException.conflict("You have already reported this item.");
        }
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.itemRef = item.id;
        notice.reporterSubject = reporter.subject();
        notice.reason = request.reason().code();
        notice.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        notice.reportedAt = Instant.now();
        notice.persist();
        audit.record(reporter.subject(), reporter.name(), "notice.received", null, item.id, "reason " + notice.reason);

        if (item.status == ItemStatus.PUBLISHED) {
            List<Notice> pending = Notice.list("itemRef = ?1 and reviewCaseId is null", item.id);
            if (pending.size() >= config.reportsToHide()) {
                hidePendingReview(item, pending);
            }
        }
        return new Receipt(notice.id, notice.reportedAt);
    }

    private void hidePendingReview(ModeratedItem item, List<Notice> reports) {
        ModerationCase source = ModerationCase.<ModerationCase>find("itemRef = ?1 and type = ?2 order by round desc",
                item.id, CaseType.SUBMISSION).firstResult();
        Instant now = Instant.now();
        Integer lastRound = ModerationCase.find("select max(round) from ModerationCase where itemRef = ?1 and type = ?2",
                item.id, CaseType.NOTICE_REVIEW).project(Integer.class).firstResult();
        Map<String, Long> byReason = reports.stream()
                .collect(Collectors.groupingBy(n -> n.reason, TreeMap::new, Collectors.counting()));
        String reasons = byReason.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));

        ModerationCase review = new ModerationCase();
        review.id = UUID.randomUUID();
        review.itemRef = item.id;
        review.type = CaseType.NOTICE_REVIEW;
        review.round = lastRound == null ? 1 : lastRound + 1;
        review.status = CaseStatus.OPEN;
        review.kind = item.kind;
        review.itemId = item.itemId;
        review.originService = item.originService;
        review.authorSubject = item.authorSubject;
        review.authorDisplayName = item.authorDisplayName;
        review.title = item.title;
        review.body = source != null ? source.body : "";
        review.fields = source != null ? source.fields : "{}";
        review.link = item.link;
        review.language = source != null ? source.language : null;
        review.findings = source != null ? source.findings : "[]";
        review.riskScore = source != null ? source.riskScore : 0;
        review.submittedAt = now;
        review.dueOn = deadlines.reviewDueOn(now);
        review.createdAt = now;
        review.persist();
        reports.forEach(n -> n.reviewCaseId = review.id);

        item.status = ItemStatus.HIDDEN;
        item.updatedAt = now;
        String statement = statements.writeHideAfterReports(review.language, item.kind, item.title, reports.size(), reasons);
        outbox.publish(ModerationDecided.EVENT, item.itemId, new ModerationDecided(review.id.toString(), item.kind,
                item.itemId, item.originService, ModerationOutcome.HIDE, ReasonCatalog.REPORTS_THRESHOLD, statement, false, now));
        audit.record(AuditLog.SYSTEM, null, "item.hidden_after_reports", review.id, item.id,
                reports.size() + " reports (" + reasons + "); review case queued");
    }
}
