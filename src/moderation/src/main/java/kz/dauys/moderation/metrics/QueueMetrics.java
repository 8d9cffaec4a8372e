package kz.dauys.moderation.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Queue depth and age for operators' alerts: open cases, the age of the oldest one and how many are
 * past their legal decision date. Refreshed on a schedule so a metrics scrape never queries the database.
 */
@ApplicationScoped
public class QueueMetrics {

    private final EntityManager entityManager;
    private final AtomicLong openCases = new AtomicLong();
    private final AtomicLong oldestOpenAgeSeconds = new AtomicLong();
    private final AtomicLong overdueCases = new AtomicLong();

    QueueMetrics(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        registry.gauge("dauys.moderation.queue.open", openCases);
        registry.gauge("dauys.moderation.queue.oldest.age.seconds", oldestOpenAgeSeconds);
        registry.gauge("dauys.moderation.queue.overdue", overdueCases);
    }

    @Scheduled(every = "${dauys.moderation.metrics.refresh:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                        select count(*),
                               coalesce(extract(epoch from now() - min(submitted_at)), 0),
                               count(*) filter (where due_on < current_date)
                        from moderation_case where status = 'OPEN'""")
                .getSingleResult());
        openCases.set(((Number) row[0]).longValue());
        oldestOpenAgeSeconds.set(((Number) row[1]).longValue());
        overdueCases.set(((Number) row[2]).longValue());
    }
}
