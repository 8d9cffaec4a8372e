package kz.dauys.testsupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import kz.dauys.contract.CloudEventHeaders;
import kz.dauys.contract.EventDescriptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Binary-mode CloudEvent records for tests that play another service: the same {@code ce_*} headers the
 * outbox relay writes ({@link CloudEventHeaders}), the subject as the record key, the payload as JSON,
 * sent to the real test broker ({@link DauysTestStack#KAFKA_BOOTSTRAP}).
 */
public final class CloudEventRecords {

    /** Serializes payloads as a Quarkus service does by default: java.time as ISO-8601 strings. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .build();
    private static final long SEND_TIMEOUT_SECONDS = 20;

    private CloudEventRecords() {
    }

    /** A record of the descriptor's type with a fresh event id. */
    public static <T> ProducerRecord<String, String> record(EventDescriptor<T> descriptor, String subject, T payload) {
        return record(descriptor, subject, UUID.randomUUID().toString(), payload);
    }

    /** A record with a fixed event id, e.g. to deliver the same event twice. */
    public static <T> ProducerRecord<String, String> record(EventDescriptor<T> descriptor, String subject, String eventId,
                                                            T payload) {
        return jsonRecord(descriptor, subject, eventId, json(payload));
    }

    /** A record of the descriptor's type whose payload is given as JSON text (which may be malformed on purpose). */
    public static ProducerRecord<String, String> jsonRecord(EventDescriptor<?> descriptor, String subject, String eventId,
                                                            String json) {
        return jsonRecord(descriptor.topic(), descriptor.type(), descriptor.source(), subject, eventId, json);
    }

    /** A record named by its raw parts, for event types no descriptor describes. */
    public static ProducerRecord<String, String> jsonRecord(String topic, String type, String source, String subject,
                                                            String eventId, String json) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SUBJECT, subject);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        return new ProducerRecord<>(topic, null, subject, json, headers);
    }

    /** Sends a record of the descriptor's type with a fixed event id and waits for the broker's acknowledgement. */
    public static <T> void send(EventDescriptor<T> descriptor, String subject, String eventId, T payload) {
        send(record(descriptor, subject, eventId, payload));
    }

    /** Sends the records in order with one producer and waits until the broker has acknowledged all of them. */
    @SafeVarargs
    public static void send(ProducerRecord<String, String>... records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, DauysTestStack.KAFKA_BOOTSTRAP,
                ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(records.length);
            for (ProducerRecord<String, String> record : records) {
                sends.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The test broker did not acknowledge a record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of a header of a consumed record, or null when it is absent. */
    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The payload as the JSON a service would publish. */
    public static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize " + payload.getClass().getName(), e);
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
