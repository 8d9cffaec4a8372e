package kz.dauys.ombudsman.deadline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.ombudsman.cases.CaseStatus;
import kz.dauys.ombudsman.cases.OmbudsmanCase;
import kz.dauys.ombudsman.common.Today;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Gauges {@code ombudsman.breaches.open{kind}}: open cases (not closed, inadmissible or transferred) that
 * have missed a deadline, by kind; recomputed on a schedule.
 */
@ApplicationScoped
public class BreachMetrics {

    private final DeadlinePolicy deadlines;
    private final Today today;
    private final Map<BreachKind, AtomicLong> open = new EnumMap<>(BreachKind.class);

    BreachMetrics(DeadlinePolicy deadlines, Today today, MeterRegistry registry) {
        this.deadlines = deadlines;
        this.today = today;
        for (BreachKind kind : BreachKind.values()) {
            AtomicLong value = new AtomicLong();
            open.put(kind, value);
            Gauge.builder("ombudsman.breaches.open", value, AtomicLong::get)
                    .description("Open ombudsman cases that missed a deadline, by kind")
                    .tag("kind", kind.name().toLowerCase())
                    .register(registry);
        }
    }

    @Scheduled(every = "${dauys.ombudsman.deadlines.metrics-refresh}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Map<BreachKind, Long> counts = new EnumMap<>(BreachKind.class);
        List<OmbudsmanCase> openCases = OmbudsmanCase.list("status not in ?1",
                List.of(CaseStatus.CLOSED, CaseStatus.INADMISSIBLE, CaseStatus.TRANSFERRED));
        for (OmbudsmanCase c : openCases) {
            for (BreachKind kind : deadlines.breaches(c.deadlines(), today.date())) {
                counts.merge(kind, 1L, Long::sum);
            }
        }
        open.forEach((kind, value) -> value.set(counts.getOrDefault(kind, 0L)));
    }

    public long open(BreachKind kind) {
        return open.get(kind).get();
    }
}
