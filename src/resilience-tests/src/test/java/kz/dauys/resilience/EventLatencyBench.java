package kz.dauys.resilience;

import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event latency from a committed change to its consumer's effect: a petition submitted in the
 * petitions service (the outbox row's occurred_at, written in the submitting transaction) to the
 * moderation case the moderation service opens for it (its created_at), over the private broker.
 * Both databases are on the same PostgreSQL server, so both times come from one clock.
 * Run: bench/resilience/event-latency.sh (-Dbench.events=N, default 300).
 */
class EventLatencyBench {

    @Test
    void submittedToModerationCase() throws Exception {
        int events = Integer.getInteger("bench.events", 300);
        ServiceProcess petitions = FaultStack.petitions();
        FaultStack.moderation();
        List<Signers.Signer> authors = Signers.create(FaultStack.KEYCLOAK.url(), "events", 20);
        int rate = Integer.getInteger("bench.rate", 0);
        List<UUID> ids = new ArrayList<>();
        ExecutorService pool = rate > 0 ? Executors.newVirtualThreadPerTaskExecutor() : Executors.newFixedThreadPool(4);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        Instant started = Instant.now();
        try {
            List<Future<UUID>> futures = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                int n = i;
                Callable<UUID> submit = () -> PetitionDesk.createAndSubmit(petitions.url(), authors.get(n % authors.size()).token(),
                        "Замер задержки событий " + n);
                if (rate > 0) {
                    // Open loop: one submission every 1/rate s, whatever the answers take.
                    long due = TimeUnit.MICROSECONDS.toNanos(n * 1_000_000L / rate) - Duration.between(started, Instant.now()).toNanos();
                    futures.add(pacer.schedule(() -> pool.submit(submit), Math.max(0, due), TimeUnit.NANOSECONDS).get(events, TimeUnit.SECONDS));
                } else {
                    futures.add(pool.submit(submit));
                }
            }
            for (Future<UUID> future : futures) {
                ids.add(future.get());
            }
        } finally {
            pool.shutdownNow();
            pacer.shutdownNow();
        }
        double submitSeconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
        Map<String, Instant> occurred = new HashMap<>();
        try (Connection db = TestDatabase.connect(FaultStack.PETITIONS_DB);
             PreparedStatement rows = db.prepareStatement(
                     "select event_key, occurred_at from outbox_event where type = 'kz.dauys.petitions.petition.submitted.v1' and event_key = any (?)")) {
            rows.setArray(1, db.createArrayOf("text", ids.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    occurred.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        assertThat(occurred).hasSize(events);
        Map<String, Instant> cases = new HashMap<>();
        try (Connection db = TestDatabase.connect(FaultStack.MODERATION_DB)) {
            Awaitility.await("a case for every submission").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        cases.clear();
                        try (PreparedStatement rows = db.prepareStatement(
                                "select item_id, min(created_at) from moderation_case where origin_service = 'petitions' and item_id = any (?) group by item_id")) {
                            rows.setArray(1, db.createArrayOf("text", ids.stream().map(UUID::toString).toArray()));
                            try (ResultSet rs = rows.executeQuery()) {
                                while (rs.next()) {
                                    cases.put(rs.getString(1), rs.getTimestamp(2).toInstant());
                                }
                            }
                        }
                        return cases.size() == events;
                    });
        }
        long[] millis = occurred.entrySet().stream()
                .mapToLong(e -> Duration.between(e.getValue(), cases.get(e.getKey())).toMillis()).sorted().toArray();
        System.out.printf("[event latency] %d submitted events in %.1f s (%.1f/s, %s); "
                        + "occurred_at -> moderation case created_at: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms, min %d ms%n",
                events, submitSeconds, events / submitSeconds, rate > 0 ? "paced at " + rate + "/s" : "burst, 4 concurrent clients",
                pct(millis, 50), pct(millis, 90), pct(millis, 99),
                millis[millis.length - 1], millis[0]);
        System.out.println("[event latency] machine: " + Machine.describe());
        assertThat(Arrays.stream(millis).min().orElse(0)).isGreaterThanOrEqualTo(0);
    }

    @AfterAll
    static void stopThePrivateStack() {
        FaultStack.stopAll();
    }

    static long pct(long[] sorted, int percentile) {
        int index = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(percentile / 100.0 * sorted.length) - 1));
        return sorted[index];
    }
}
