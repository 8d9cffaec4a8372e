package kz.dauys.moderation.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.moderation.ModerationConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes the transparency figures in SQL (counts, and percentiles with percentile_cont). */
@ApplicationScoped
public class TransparencyQueries {

    private final EntityManager entityManager;
    private final ZoneId zone;

    TransparencyQueries(EntityManager entityManager, ModerationConfig config) {
        this.entityManager = entityManager;
        this.zone = ZoneId.of(config.zone());
    }

    @Transactional
    public TransparencyReport report(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return new TransparencyReport(from, to, decisions(start, end), timeToDecision(start, end), appeals(start, end),
                notices(start, end), count("select count(*) from moderation_case where escalated_at >= ?1 and escalated_at < ?2",
                start, end), Instant.now());
    }

    private TransparencyReport.Decisions decisions(Instant start, Instant end) {
        List<Object[]> rows = rows("""
                select case_type, kind, outcome, coalesce(reason_code, ''), count(*)
                from moderation_case
                where status = 'DECIDED' and not automated and decided_at >= ?1 and decided_at < ?2
                group by 1, 2, 3, 4 order by 1, 2, 3, 4""", start, end);
        List<TransparencyReport.Line> lines = new ArrayList<>();
        Map<String, Long> byOutcome = new TreeMap<>();
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byReason = new TreeMap<>();
        long total = 0;
        for (Object[] r : rows) {
            long n = ((Number) r[4]).longValue();
            String reason = (String) r[3];
            lines.add(new TransparencyReport.Line((String) r[0], (String) r[1], (String) r[2], reason.isEmpty() ? null : reason, n));
            byOutcome.merge((String) r[2], n, Long::sum);
            byKind.merge((String) r[1], n, Long::sum);
            if (!reason.isEmpty()) {
                byReason.merge(reason, n, Long::sum);
            }
            total += n;
        }
        return new TransparencyReport.Decisions(total, byOutcome, byKind, byReason, lines);
    }

    private TransparencyReport.TimeToDecision timeToDecision(Instant start, Instant end) {
        String durations = """
                select %s count(*),
                       percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 3600.0),
                       percentile_cont(0.95) within group (order by extract(epoch from decided_at - submitted_at) / 3600.0)
                from moderation_case
                where case_type = 'SUBMISSION' and status = 'DECIDED' and decided_at >= ?1 and decided_at < ?2
                %s""";
        Object[] all = rows(durations.formatted("", ""), start, end).get(0);
        Map<String, TransparencyReport.Durations> byKind = new TreeMap<>();
        for (Object[] r : rows(durations.formatted("kind,", "group by kind"), start, end)) {
            byKind.put((String) r[0], new TransparencyReport.Durations(((Number) r[1]).longValue(), hours(r[2]), hours(r[3])));
        }
        return new TransparencyReport.TimeToDecision(((Number) all[0]).longValue(), hours(all[1]), hours(all[2]), byKind);
    }

    private TransparencyReport.Appeals appeals(Instant start, Instant end) {
        long lodged = count("select count(*) from moderation_case where case_type = 'APPEAL' and created_at >= ?1 and created_at < ?2",
                start, end);
        Object[] r = rows("""
                select count(*),
                       count(*) filter (where a.outcome = o.outcome),
                       count(*) filter (where a.outcome <> o.outcome)
                from moderation_case a join moderation_case o on o.id = a.appeal_of
                where a.case_type = 'APPEAL' and a.status = 'DECIDED' and a.decided_at >= ?1 and a.decided_at < ?2""",
                start, end).get(0);
        return new TransparencyReport.Appeals(lodged, ((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue());
    }

    private TransparencyReport.Notices notices(Instant start, Instant end) {
        Map<String, Long> byReason = new TreeMap<>();
        long reports = 0;
        for (Object[] r : rows("select reason, count(*) from notice where reported_at >= ?1 and reported_at < ?2 group by reason",
                start, end)) {
            long n = ((Number) r[1]).longValue();
            byReason.put((String) r[0], n);
            reports += n;
        }
        long hidden = count("select count(*) from moderation_case where case_type = 'NOTICE_REVIEW' and created_at >= ?1 and created_at < ?2",
                start, end);
        Object[] reviews = rows("""
                select count(*) filter (where outcome = 'RESTORE'), count(*) filter (where outcome = 'HIDE')
                from moderation_case
                where case_type = 'NOTICE_REVIEW' and status = 'DECIDED' and decided_at >= ?1 and decided_at < ?2""",
                start, end).get(0);
        return new TransparencyReport.Notices(reports, byReason, hidden, ((Number) reviews[0]).longValue(),
                ((Number) reviews[1]).longValue());
    }

    private static Double hours(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    private long count(String sql, Instant start, Instant end) {
        return ((Number) entityManager.createNativeQuery(sql).setParameter(1, start).setParameter(2, end)
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Instant start, Instant end) {
        return entityManager.createNativeQuery(sql).setParameter(1, start).setParameter(2, end).getResultList();
    }
}
