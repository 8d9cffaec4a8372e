package kz.dauys.platform.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import kz.dauys.contract.CloudEventHeaders;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox rows to Kafka as binary-mode CloudEvents, in commit order, at least once.
 *
 * <p>One relay per service database is active at a time (a PostgreSQL advisory lock), which keeps the
 * per-key order across replicas. A batch is sent, then the prefix of rows the broker acknowledged is
 * stamped as published; anything after a failure is sent again later, so consumers must be idempotent
 * (they are: {@code IdempotentConsumer}). Rows survive restarts and broker outages.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id shared by the replicas of one service ("DAUYS" in ASCII). */
    private static final long LEADER_LOCK = 0x4441555953L;

    private final EntityManager entityManager;
    private final OutboxProducer producerFactory;
    private final int batchSize;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Duration retention;
    private final boolean enabled;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    OutboxRelay(EntityManager entityManager, OutboxProducer producerFactory, MeterRegistry registry,
                @ConfigProperty(name = "dauys.outbox.batch-size", defaultValue = "500") int batchSize,
                @ConfigProperty(name = "dauys.outbox.poll-interval", defaultValue = "PT1S") Duration pollInterval,
                @ConfigProperty(name = "dauys.outbox.max-backoff", defaultValue = "PT10S") Duration maxBackoff,
                @ConfigProperty(name = "dauys.outbox.retention", defaultValue = "P7D") Duration retention,
                @ConfigProperty(name = "dauys.outbox.relay.enabled", defaultValue = "true") boolean enabled) {
        this.entityManager = entityManager;
        this.producerFactory = producerFactory;
        this.batchSize = batchSize;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
        this.retention = retention;
        this.enabled = enabled;
        registry.gauge("dauys.outbox.pending", pending);
        registry.gauge("dauys.outbox.oldest.pending.age.seconds", oldestPendingAgeSeconds);
    }

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("Outbox relay disabled by configuration");
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks the relay to look for new rows now instead of at its next poll. */
    public void wake() {
        wakeUp.release();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                int published = publishBatch();
                backoff = Duration.ZERO;
                if (published < batchSize) {
                    awaitWakeUp(pollInterval);
                }
            } catch (RuntimeException e) {
                backoff = backoff.isZero() ? Duration.ofMillis(200) : min(backoff.multipliedBy(2), maxBackoff);
                LOG.warnf("Outbox relay could not publish (retrying in %d ms): %s", backoff.toMillis(), e.getMessage());
                awaitWakeUp(backoff);
            }
        }
    }

    private void awaitWakeUp(Duration timeout) {
        try {
            if (wakeUp.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Publishes up to one batch; returns how many rows were acknowledged and stamped. */
    int publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LEADER_LOCK)
                    .getSingleResult();
            if (!leader) {
                return 0;
            }
            List<OutboxEvent> batch = entityManager
                    .createQuery("from OutboxEvent where publishedAt is null order by sequence", OutboxEvent.class)
                    .setMaxResults(batchSize)
                    .getResultList();
            int acknowledged = batch.isEmpty() ? 0 : send(batch);
            refreshLag();
            return acknowledged;
        });
    }

    private int send(List<OutboxEvent> batch) {
        Producer<String, String> producer = producerFactory.producer();
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            sends.add(producer.send(toRecord(event)));
        }
        producer.flush();
        List<UUID> published = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                sends.get(i).get(producerFactory.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                published.add(batch.get(i).id);
            } catch (ExecutionException | TimeoutException e) {
                OutboxEvent failed = batch.get(i);
                failed.attempts++;
                failed.lastError = String.valueOf(e.getCause() != null ? e.getCause() : e);
                LOG.warnf("Outbox event %s (%s) not acknowledged, will retry: %s", failed.id, failed.type, failed.lastError);
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!published.isEmpty()) {
            entityManager.createQuery("update OutboxEvent set publishedAt = :now where id in :ids")
                    .setParameter("now", Instant.now())
                    .setParameter("ids", published)
                    .executeUpdate();
        }
        return published.size();
    }

    static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.id.toString());
        header(headers, CloudEventHeaders.TYPE, event.type);
        header(headers, CloudEventHeaders.SOURCE, event.source);
        header(headers, CloudEventHeaders.SUBJECT, event.key);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(event.topic, null, event.key, event.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private void refreshLag() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                        "select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox_event where published_at is null")
                .getSingleResult();
        pending.set(((Number) row[0]).longValue());
        oldestPendingAgeSeconds.set(((Number) row[1]).longValue());
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deletePublishedRows() {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from OutboxEvent where publishedAt < :before")
                .setParameter("before", Instant.now().minus(retention))
                .executeUpdate());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
