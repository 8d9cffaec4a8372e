package kz.dauys.ombudsman.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import kz.dauys.contract.LocalizedText;
import kz.dauys.ombudsman.cases.CaseStatus;
import kz.dauys.ombudsman.cases.OmbudsmanCase;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.ombudsman.deadline.BreachKind;
import kz.dauys.ombudsman.deadline.DeadlinePolicy;
import kz.dauys.ombudsman.office.Office;
import kz.dauys.ombudsman.triage.RightsCategory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Case statistics for charts: counts by category, region (office), status and period, and deadline
 * performance (met, breached, still running) per deadline kind, over cases received in a date range.
 */
@ApplicationScoped
public class CaseStatistics {

    private final EntityManager entityManager;
    private final DeadlinePolicy deadlines;
    private final Today today;

    CaseStatistics(EntityManager entityManager, DeadlinePolicy deadlines, Today today) {
        this.entityManager = entityManager;
        this.deadlines = deadlines;
        this.today = today;
    }

    public enum Granularity { DAY, WEEK, MONTH }

    /** One bar or slice: a key, its label in kk/ru/en where one exists, and the count. */
    public record Slice(String key, LocalizedText label, long count) {
    }

    public record Performance(BreachKind kind, long onTime, long breached, long running) {
    }

    public record PeriodPoint(LocalDate period, long received, long decided, long closed) {
    }

    public record Statistics(LocalDate from, LocalDate to, String office, long total, List<Slice> byStatus,
                             List<Slice> byCategory, List<Slice> byRegion, List<Performance> deadlinePerformance,
                             Granularity granularity, List<PeriodPoint> perPeriod) {
    }

    public Statistics compute(LocalDate from, LocalDate to, String office, Granularity granularity) {
        List<OmbudsmanCase> cases = office == null
                ? OmbudsmanCase.list("receivedOn >= ?1 and receivedOn <= ?2", from, to)
                : OmbudsmanCase.list("receivedOn >= ?1 and receivedOn <= ?2 and officeCode = ?3", from, to, office);
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status.code(), 0L);
        }
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> byOffice = new LinkedHashMap<>();
        TreeMap<LocalDate, long[]> periods = new TreeMap<>();
        for (OmbudsmanCase c : cases) {
            byStatus.merge(c.status.code(), 1L, Long::sum);
            byCategory.merge(c.categoryCode == null ? "uncategorised" : c.categoryCode, 1L, Long::sum);
            byOffice.merge(c.officeCode, 1L, Long::sum);
            periods.computeIfAbsent(periodOf(c.receivedOn, granularity), p -> new long[3])[0]++;
            if (c.decidedOn != null) {
                periods.computeIfAbsent(periodOf(c.decidedOn, granularity), p -> new long[3])[1]++;
            }
            if (c.closedOn != null) {
                periods.computeIfAbsent(periodOf(c.closedOn, granularity), p -> new long[3])[2]++;
            }
        }
        List<Slice> statusSlices = byStatus.entrySet().stream().map(e -> new Slice(e.getKey(), null, e.getValue())).toList();
        Map<String, LocalizedText> categoryNames = new LinkedHashMap<>();
        RightsCategory.ordered().forEach(r -> categoryNames.put(r.code, r.name()));
        List<Slice> categorySlices = new ArrayList<>();
        categoryNames.forEach((code, name) -> {
            if (byCategory.containsKey(code)) {
                categorySlices.add(new Slice(code, name, byCategory.get(code)));
            }
        });
        if (byCategory.containsKey("uncategorised")) {
            categorySlices.add(new Slice("uncategorised", null, byCategory.get("uncategorised")));
        }
        List<Slice> regionSlices = Office.listOrdered().stream().filter(o -> byOffice.containsKey(o.code))
                .map(o -> new Slice(o.code, o.name(), byOffice.get(o.code))).toList();
        List<PeriodPoint> points = periods.entrySet().stream()
                .map(e -> new PeriodPoint(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        return new Statistics(from, to, office, cases.size(), statusSlices, categorySlices, regionSlices,
                performance(cases), granularity, points);
    }

    private List<Performance> performance(List<OmbudsmanCase> cases) {
        LocalDate now = today.date();
        Map<BreachKind, long[]> counts = new EnumMap<>(BreachKind.class);
        for (BreachKind kind : BreachKind.values()) {
            counts.put(kind, new long[3]);
        }
        for (OmbudsmanCase c : cases) {
            List<BreachKind> breached = deadlines.breaches(c.deadlines(), now);
            for (BreachKind kind : BreachKind.values()) {
                if (!applies(c, kind)) {
                    continue;
                }
                long[] slot = counts.get(kind);
                if (breached.contains(kind)) {
                    slot[1]++;
                } else if (done(c, kind)) {
                    slot[0]++;
                } else {
                    slot[2]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> new Performance(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private static boolean applies(OmbudsmanCase c, BreachKind kind) {
        return switch (kind) {
            case ACKNOWLEDGEMENT, DECISION -> true;
            case TRANSFER -> c.status == CaseStatus.TRANSFERRED;
            case EXTENSION_NOTICE -> c.extensionNoticeDueOn != null;
            case BODY_ANSWER -> c.answerDueOn != null;
        };
    }

    private static boolean done(OmbudsmanCase c, BreachKind kind) {
        return switch (kind) {
            case ACKNOWLEDGEMENT -> c.acknowledgedOn != null;
            case DECISION, TRANSFER -> c.decidedOn != null;
            case EXTENSION_NOTICE -> c.extensionNoticeSentOn != null;
            case BODY_ANSWER -> c.bodyAnsweredOn != null;
        };
    }

    static LocalDate periodOf(LocalDate date, Granularity granularity) {
        return switch (granularity) {
            case DAY -> date;
            case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
            case MONTH -> date.withDayOfMonth(1);
        };
    }
}
