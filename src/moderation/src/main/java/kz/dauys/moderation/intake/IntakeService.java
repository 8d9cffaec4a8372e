package kz.dauys.moderation.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.moderation.audit.AuditLog;
import kz.dauys.moderation.cases.CaseStatus;
import kz.dauys.moderation.cases.CaseType;
import kz.dauys.moderation.cases.ItemStatus;
import kz.dauys.moderation.cases.ModeratedItem;
import kz.dauys.moderation.cases.ModerationCase;
import kz.dauys.moderation.checks.CheckEngine;
import kz.dauys.moderation.checks.CheckReport;
import kz.dauys.moderation.checks.DuplicateFinder;
import kz.dauys.moderation.checks.Finding;
import kz.dauys.platform.inbox.MalformedEventException;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Opens a case for each submission: one case per submission round of an item. A submission that
 * arrives while the item's case is still open replaces the content under review; a resubmission
 * after a decision (typically a request for changes) opens the next round, linked to the same item.
 */
@ApplicationScoped
public class IntakeService {

    private static final Logger LOG = Logger.getLogger(IntakeService.class);

    private final CheckEngine checks;
    private final DeadlinePolicy deadlines;
    private final AuditLog audit;
    private final ObjectMapper json;

    IntakeService(CheckEngine checks, DeadlinePolicy deadlines, AuditLog audit, ObjectMapper json) {
        this.checks = checks;
        this.deadlines = deadlines;
        this.audit = audit;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ModerationCase open(ModerationRequest request, String territoryCode) {
        requireComplete(request);
        Instant now = Instant.now();
        Instant submittedAt = request.submittedAt() != null ? request.submittedAt() : now;
        ModeratedItem item = ModeratedItem.find(request.originService(), request.kind(), request.itemId()).orElse(null);
        if (item == null) {
            item = new ModeratedItem();
            item.id = UUID.randomUUID();
            item.kind = request.kind();
            item.itemId = request.itemId();
            item.originService = request.originService();
            item.createdAt = now;
        }
        item.authorSubject = request.authorSubject();
        item.authorDisplayName = request.authorDisplayName();
        item.title = request.title();
        item.link = request.link();
        item.territoryCode = territoryCode != null ? territoryCode : item.territoryCode;
        item.status = ItemStatus.PENDING;
        item.searchText = DuplicateFinder.searchText(request.title(), request.body());
        item.updatedAt = now;
        item.persist();

        ModerationCase open = ModerationCase.<ModerationCase>find("itemRef = ?1 and type = ?2 and status = ?3",
                item.id, CaseType.SUBMISSION, CaseStatus.OPEN).firstResult();
        boolean replacing = open != null;
        ModerationCase c = replacing ? open : new ModerationCase();
        if (!replacing) {
            Integer lastRound = ModerationCase.find("select max(round) from ModerationCase where itemRef = ?1 and type = ?2",
                    item.id, CaseType.SUBMISSION).project(Integer.class).firstResult();
            c.id = UUID.randomUUID();
            c.itemRef = item.id;
            c.type = CaseType.SUBMISSION;
            c.round = lastRound == null ? 1 : lastRound + 1;
            c.status = CaseStatus.OPEN;
            c.kind = request.kind();
            c.itemId = request.itemId();
            c.originService = request.originService();
            c.createdAt = now;
        }
        c.authorSubject = request.authorSubject();
        c.authorDisplayName = request.authorDisplayName();
        c.title = request.title();
        c.body = request.body() == null ? "" : request.body();
        c.fields = toJson(request.fields() == null ? Map.of() : request.fields());
        c.link = request.link();
        c.submittedAt = submittedAt;
        c.dueOn = deadlines.dueOn(request.kind(), submittedAt, request.decisionDueOn());
        CheckReport report = checks.check(request.kind(), item.id, request.title(), request.body(), request.fields());
        c.language = report.language();
        c.findings = toJson(report.findings());
        c.riskScore = report.riskScore();
        c.persist();

        String codes = report.findings().stream().map(Finding::code).distinct().collect(Collectors.joining(","));
        audit.record(AuditLog.SYSTEM, null, replacing ? "case.content_replaced" : "case.opened", c.id, item.id,
                "round " + c.round + ", risk " + c.riskScore + ", findings [" + codes + "]");
        LOG.infof("Case %s %s for %s %s (round %d, risk %d)", c.id, replacing ? "updated" : "opened", c.kind, c.itemId,
                c.round, c.riskScore);
        return c;
    }

    private static void requireComplete(ModerationRequest request) {
        if (request == null || request.kind() == null || blank(request.itemId()) || blank(request.originService())
                || blank(request.authorSubject()) || blank(request.title())) {
            throw new MalformedEventException("Submission lacks its moderation request (kind, itemId, originService, authorSubject, title)");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
