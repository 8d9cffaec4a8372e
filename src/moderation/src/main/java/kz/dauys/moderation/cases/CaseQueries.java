package kz.dauys.moderation.cases;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.ContentKind;
import kz.dauys.moderation.checks.Finding;
import kz.dauys.moderation.checks.Severity;
import kz.dauys.moderation.decisions.DecisionService;
import kz.dauys.moderation.decisions.Findings;
import kz.dauys.moderation.intake.DeadlinePolicy;
import kz.dauys.moderation.notices.Notice;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads cases for moderators: the queue in the order they should be worked, and one case in full. */
@ApplicationScoped
public class CaseQueries {

    public static final int MAX_PAGE_SIZE = 100;

    private final Findings findings;
    private final DeadlinePolicy deadlines;

    CaseQueries(Findings findings, DeadlinePolicy deadlines) {
        this.findings = findings;
        this.deadlines = deadlines;
    }

    /** Open cases by deadline, then risk, then age; decided ones newest first. */
    @Transactional
    public Page<CaseSummary> queue(CaseStatus status, CaseType type, ContentKind kind, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        StringBuilder query = new StringBuilder("status = :status");
        Parameters parameters = Parameters.with("status", status);
        if (type != null) {
            query.append(" and type = :type");
            parameters.and("type", type);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        Sort sort = status == CaseStatus.OPEN
                ? Sort.by("dueOn").and("riskScore", Sort.Direction.Descending).and("submittedAt").and("id")
                : Sort.by("decidedAt", Sort.Direction.Descending).and("id");
        var found = ModerationCase.<ModerationCase>find(query.toString(), sort, parameters).page(page, size);
        LocalDate today = deadlines.day(Instant.now());
        List<CaseSummary> items = found.list().stream().map(c -> summary(c, today)).toList();
        return new Page<>(items, page, size, found.count());
    }

    @Transactional
    public CaseDetail detail(UUID id, String viewer) {
        ModerationCase c = ModerationCase.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Case", id);
        }
        Instant now = Instant.now();
        ModerationCase appealed = c.appealOf == null ? null : ModerationCase.findById(c.appealOf);
        CaseDetail.Claim claim = c.claimedBy != null && c.claimExpiresAt != null && c.claimExpiresAt.isAfter(now)
                ? new CaseDetail.Claim(c.claimedByName, c.claimExpiresAt, viewer.equals(c.claimedBy)) : null;
        CaseDetail.Decision decision = c.status == CaseStatus.DECIDED
                ? new CaseDetail.Decision(c.outcome, c.reasonCode, c.moderatorText, c.statement, c.decidedByName, c.decidedAt, c.automated)
                : null;
        CaseDetail.Appeal appeal = appealed == null ? null : new CaseDetail.Appeal(appealed.id, appealed.outcome,
                appealed.reasonCode, appealed.statement, appealed.decidedByName, c.appealGrounds, c.createdAt);
        CaseDetail.Escalation escalation = c.escalatedAt == null ? null : new CaseDetail.Escalation(c.escalatedAt, c.escalationNote);
        List<CaseDetail.Round> history = ModerationCase.<ModerationCase>find("itemRef = ?1 and id <> ?2 order by createdAt", c.itemRef, c.id)
                .list().stream()
                .map(o -> new CaseDetail.Round(o.id, o.type, o.round, o.status, o.outcome, o.reasonCode, o.decidedAt))
                .toList();
        return new CaseDetail(c.id, c.type, c.round, c.status, c.kind, c.itemId, c.originService, c.link,
                c.authorDisplayName, viewer.equals(c.authorSubject), c.title, c.body, findings.fields(c.fields), c.language,
                findings.read(c.findings), c.riskScore, c.submittedAt, c.dueOn,
                c.status == CaseStatus.OPEN && c.dueOn.isBefore(deadlines.day(now)), claim, decision, appeal, escalation,
                c.status == CaseStatus.OPEN ? DecisionService.allowedOutcomes(c, appealed) : java.util.Set.of(),
                history, reports(c));
    }

    private CaseDetail.Reports reports(ModerationCase c) {
        List<Notice> notices = c.type == CaseType.NOTICE_REVIEW
                ? Notice.list("reviewCaseId = ?1 order by reportedAt", c.id)
                : Notice.list("itemRef = ?1 order by reportedAt", c.itemRef);
        if (notices.isEmpty()) {
            return null;
        }
        Map<String, Long> byReason = notices.stream().collect(Collectors.groupingBy(n -> n.reason, TreeMap::new, Collectors.counting()));
        List<CaseDetail.Report> items = new ArrayList<>();
        notices.forEach(n -> items.add(new CaseDetail.Report(n.reason, n.comment, n.reportedAt)));
        return new CaseDetail.Reports(notices.size(), byReason, items);
    }

    private CaseSummary summary(ModerationCase c, LocalDate today) {
        List<String> flags = findings.read(c.findings).stream()
                .filter(f -> f.severity() != Severity.INFO)
                .map(Finding::code).distinct().toList();
        boolean claimed = c.claimExpiresAt != null && c.claimExpiresAt.isAfter(Instant.now());
        return new CaseSummary(c.id, c.type, c.round, c.status, c.kind, c.itemId, c.originService, c.title,
                c.authorDisplayName, c.language, c.riskScore, flags, c.submittedAt, c.dueOn,
                c.status == CaseStatus.OPEN && c.dueOn.isBefore(today), claimed ? c.claimedByName : null,
                claimed ? c.claimExpiresAt : null, c.outcome, c.decidedAt, c.escalatedAt != null);
    }
}
