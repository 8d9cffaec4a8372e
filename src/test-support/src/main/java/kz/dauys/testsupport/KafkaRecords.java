package kz.dauys.testsupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a topic of the test broker from the beginning and returns the records of one key. The test
 * broker keeps topics between builds, so tests look for their own keys instead of the first records.
 */
public final class KafkaRecords {

    private KafkaRecords() {
    }

    /** Waits until at least {@code count} records with {@code key} are on {@code topic}; returns all of them. */
    public static List<ConsumerRecord<String, String>> awaitByKey(String topic, String key, int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, DauysTestStack.KAFKA_BOOTSTRAP,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(250))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
                if (found.size() >= count) {
                    return found;
                }
            }
            throw new AssertionError("Expected " + count + " record(s) with key " + key + " on " + topic + " within "
                    + timeout + ", found " + found.size());
        }
    }
}
