package kz.dauys.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.contract.Topics;
import kz.dauys.testsupport.CloudEventRecords;
import kz.dauys.testsupport.KafkaRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An event a consumer can never apply goes to the dead-letter topic with the reason, and consumption goes on. */
@QuarkusTest
class DeadLetterTest {

    @Test
    void malformedPayloadIsDeadLetteredWithItsReason() {
        String key = UUID.randomUUID().toString();
        CloudEventRecords.send(CloudEventRecords.jsonRecord(LedgerCredited.EVENT, key, UUID.randomUUID().toString(),
                "{\"entryId\": 42, \"amount\": \"not a number\"}"));

        var dead = KafkaRecords.awaitByKey(Topics.DEAD_LETTERS, key, 1, Duration.ofSeconds(60)).get(0);

        assertThat(CloudEventRecords.header(dead, "dead-letter-reason")).contains("malformed payload");
        assertThat(CloudEventRecords.header(dead, "dead-letter-topic")).isEqualTo("dauys.platform-test");
        assertThat(CloudEventRecords.header(dead, "ce_type")).isEqualTo(LedgerCredited.EVENT.type());
    }
}
