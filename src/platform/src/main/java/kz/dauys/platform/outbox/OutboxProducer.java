package kz.dauys.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;

/** The relay's Kafka producer: idempotent, acks from all replicas, bounded blocking when the broker is away. */
@ApplicationScoped
public class OutboxProducer {

    private final String bootstrapServers;
    private final Duration sendTimeout;
    private volatile Producer<String, String> producer;

    OutboxProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                   @ConfigProperty(name = "dauys.outbox.send-timeout", defaultValue = "PT15S") Duration sendTimeout) {
        this.bootstrapServers = bootstrapServers;
        this.sendTimeout = sendTimeout;
    }

    Producer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                            ProducerConfig.LINGER_MS_CONFIG, 2,
                            ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout.toMillis() - 1_000,
                            ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"),
                            new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    Duration sendTimeout() {
        return sendTimeout;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
