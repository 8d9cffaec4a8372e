package kz.dauys.moderation.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.moderation.cases.CaseQueries;
import kz.dauys.moderation.cases.Page;
import kz.dauys.platform.problem.ProblemException;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditQueries {

    @Transactional
    public List<AuditView> forCase(UUID caseId) {
        return AuditEntry.<AuditEntry>list("caseId", Sort.by("id"), caseId).stream().map(AuditView::of).toList();
    }

    @Transactional
    public Page<AuditView> search(String actor, String action, int page, int size) {
        if (page < 0 || size < 1 || size > CaseQueries.MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and " + CaseQueries.MAX_PAGE_SIZE);
        }
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (actor != null && !actor.isBlank()) {
            query.append(" and actorSubject = :actor");
            parameters.and("actor", actor);
        }
        if (action != null && !action.isBlank()) {
            query.append(" and action = :action");
            parameters.and("action", action);
        }
        var found = AuditEntry.<AuditEntry>find(query.toString(), Sort.by("id", Sort.Direction.Descending), parameters)
                .page(page, size);
        return new Page<>(found.list().stream().map(AuditView::of).toList(), page, size, found.count());
    }
}
