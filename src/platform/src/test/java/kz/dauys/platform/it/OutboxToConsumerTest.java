package kz.dauys.platform.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kz.dauys.platform.outbox.OutboxRelay;
import kz.dauys.testsupport.KafkaRecords;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox through a real Kafka broker to an idempotent consumer: exactly one effect per change. */
@QuarkusTest
class OutboxToConsumerTest {

    @Inject
    LedgerService ledger;

    @Inject
    EntityManager entityManager;

    @Inject
    OutboxRelay relay;

    @Test
    void committedChangeIsPublishedAsCloudEventAndAppliedOnce() throws Exception {
        UUID entry = ledger.credit(250);

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(entry) == 1);
        var record = KafkaRecords.awaitByKey("dauys.platform-test", entry.toString(), 1, Duration.ofSeconds(20)).get(0);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("kz.dauys.platform.ledger.credited.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/services/platform");
        assertThat(header(record, "ce_subject")).isEqualTo(entry.toString());
        assertThat(new ObjectMapper().readTree(record.value()).get("amount").asLong()).isEqualTo(250);
        assertThat(publishedAt(entry)).isTrue();
    }

    @Test
    void relayPublishingTwiceStillHasOneEffect() {
        UUID entry = ledger.credit(99);
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(entry) == 1);

        // Simulate a relay that crashed after sending but before stamping the row: it sends again.
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update outbox_event set published_at = null where event_key = ?1")
                .setParameter(1, entry.toString()).executeUpdate());
        relay.wake();
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedAt(entry));
        long deliveries = KafkaRecords.awaitByKey("dauys.platform-test", entry.toString(), 2, Duration.ofSeconds(20)).size();

        assertThat(deliveries).isGreaterThanOrEqualTo(2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> appliedCount(entry) == 1);
    }

    @Test
    void rolledBackChangeLeavesNoEvent() {
        long before = outboxRows();
        assertThatThrownBy(() -> ledger.creditThenFail(7)).isInstanceOf(IllegalStateException.class);
        assertThat(outboxRows()).isEqualTo(before);
    }

    private long appliedCount(UUID entry) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from applied_credit where event_entry_id = ?1")
                .setParameter(1, entry).getSingleResult()).longValue());
    }

    private boolean publishedAt(UUID entry) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where event_key = ?1 and published_at is not null")
                .setParameter(1, entry.toString()).getSingleResult()).longValue() == 1);
    }

    private long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event").getSingleResult()).longValue());
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
