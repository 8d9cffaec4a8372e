package kz.dauys.ombudsman.cases;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.ombudsman.deadline.BreachKind;
import kz.dauys.ombudsman.office.StaffViewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The staff queue: the cases a viewer may see, filtered, urgent first, then by the next deadline. */
@ApplicationScoped
public class CaseQueue {

    private final CaseViews views;

    CaseQueue(CaseViews views) {
        this.views = views;
    }

    public record Filter(String office, List<CaseStatus> statuses, Urgency urgency, Boolean urgentOnly,
                         LocalDate dueBefore, Boolean breached, String assignee, SourceKind sourceKind,
                         String category, boolean includeFinished) {
    }

    public record Page(List<CaseViews.QueueItem> items, int page, int size, long total) {
    }

    public Page list(StaffViewer viewer, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!viewer.central()) {
            where.append(" and officeCode = :viewerOffice");
            params.and("viewerOffice", viewer.office());
        }
        if (filter.office() != null) {
            where.append(" and officeCode = :office");
            params.and("office", filter.office());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and status in :statuses");
            params.and("statuses", filter.statuses());
        } else if (!filter.includeFinished()) {
            where.append(" and status not in :finished");
            params.and("finished", List.of(CaseStatus.CLOSED, CaseStatus.INADMISSIBLE, CaseStatus.TRANSFERRED));
        }
        if (filter.urgency() != null) {
            where.append(" and urgency = :urgency");
            params.and("urgency", filter.urgency());
        }
        if (Boolean.TRUE.equals(filter.urgentOnly())) {
            where.append(" and urgency <> :standard");
            params.and("standard", Urgency.STANDARD);
        }
        if (filter.dueBefore() != null) {
            where.append(" and nextDueOn <= :dueBefore");
            params.and("dueBefore", filter.dueBefore());
        }
        if (filter.assignee() != null) {
            where.append(" and assigneeUsername = :assignee");
            params.and("assignee", filter.assignee());
        }
        if (filter.sourceKind() != null) {
            where.append(" and sourceKind = :sourceKind");
            params.and("sourceKind", filter.sourceKind());
        }
        if (filter.category() != null) {
            where.append(" and categoryCode = :category");
            params.and("category", filter.category());
        }
        String query = where + " order by urgencyRank, nextDueOn nulls last, receivedAt, id";
        if (filter.breached() == null) {
            var found = OmbudsmanCase.<OmbudsmanCase>find(query, params);
            long total = found.count();
            List<CaseViews.QueueItem> items = found.page(page, size).list().stream().map(views::queueItem).toList();
            return new Page(items, page, size, total);
        }
        // Breaches depend on today and on several dates, so this filter is applied to the rows in memory.
        List<CaseViews.QueueItem> matching = new ArrayList<>();
        for (OmbudsmanCase c : OmbudsmanCase.<OmbudsmanCase>list(query, params)) {
            List<BreachKind> breaches = views.breaches(c);
            if (breaches.isEmpty() != filter.breached()) {
                matching.add(views.queueItem(c));
            }
        }
        int from = Math.min(page * size, matching.size());
        return new Page(matching.subList(from, Math.min(from + size, matching.size())), page, size, matching.size());
    }
}
