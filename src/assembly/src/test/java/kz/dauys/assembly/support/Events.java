package kz.dauys.assembly.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kz.dauys.contract.EventDescriptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Produces binary-mode CloudEvents to the real test broker, as another service's relay would. */
public final class Events {

    private Events() {
    }

    public static <T> void produce(KafkaCompanion kafka, ObjectMapper json, EventDescriptor<T> descriptor, String subject,
                                   String eventId, T payload) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", eventId);
        header(headers, "ce_type", descriptor.type());
        header(headers, "ce_source", descriptor.source());
        header(headers, "ce_subject", subject);
        header(headers, "ce_time", Instant.now().toString());
        header(headers, "content-type", "application/json");
        try {
            kafka.produceStrings()
                    .fromRecords(new ProducerRecord<>(descriptor.topic(), null, subject, json.writeValueAsString(payload), headers))
                    .awaitCompletion(Duration.ofSeconds(20));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
