package kz.dauys.contract;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one versioned event: its CloudEvent {@code type}, the topic it travels on, the producing
 * service (CloudEvent {@code source} is {@code /services/<service>}) and its payload record.
 *
 * @param <T> the payload record
 */
public record EventDescriptor<T>(String type, String topic, String service, Class<T> payloadType) {

    private static final Pattern TYPE_SHAPE = Pattern.compile("kz\\.dauys\\.([a-z]+)\\.[a-z_]+\\.[a-z_]+\\.v[0-9]+");

    public EventDescriptor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        var matcher = TYPE_SHAPE.matcher(type);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Event type must look like kz.dauys.<service>.<entity>.<past-tense-verb>.v<N>: " + type);
        }
        if (service == null) {
            service = matcher.group(1);
        }
    }

    public static <T> EventDescriptor<T> of(String type, String topic, Class<T> payloadType) {
        return new EventDescriptor<>(type, topic, null, payloadType);
    }

    /** The CloudEvent source of events of this type. */
    public String source() {
        return "/services/" + service;
    }
}
