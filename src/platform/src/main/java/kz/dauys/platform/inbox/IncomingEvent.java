package kz.dauys.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.dauys.contract.CloudEventHeaders;
import kz.dauys.contract.EventDescriptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A binary-mode CloudEvent read from a Kafka record: the {@code ce_*} headers and the JSON data.
 */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, String data) {

    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new MalformedEventException("Not a CloudEvent: missing ce_id or ce_type header (topic "
                    + record.topic() + ", offset " + record.offset() + ")");
        }
        String time = header(record, CloudEventHeaders.TIME);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE), subject != null ? subject : record.key(),
                time != null ? Instant.parse(time) : Instant.ofEpochMilli(record.timestamp()), record.value());
    }

    public boolean is(EventDescriptor<?> descriptor) {
        return descriptor.type().equals(type);
    }

    /** The payload as the descriptor's record; fails if the event is of another type or malformed. */
    public <T> T payload(EventDescriptor<T> descriptor, ObjectMapper objectMapper) {
        if (!is(descriptor)) {
            throw new MalformedEventException("Expected event type " + descriptor.type() + " but got " + type);
        }
        try {
            return objectMapper.readValue(data, descriptor.payloadType());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event " + id + " (" + type + ") has a malformed payload: " + e.getOriginalMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
