package kz.dauys.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Petitions created and submitted over HTTP, approved through the moderation topic of the private broker. */
final class PetitionDesk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PetitionDesk() {
    }

    /** Creates and submits a petition to a central body; returns its id. */
    static UUID createAndSubmit(String serviceUrl, String authorToken, String title) throws Exception {
        String draft = """
                {"title":{"ru":"%s"},
                 "text":{"ru":"Жители просят рассмотреть вопрос благоустройства дворов и освещения улиц. Проверка устойчивости."},
                 "topic":"urban","addressee":{"level":"CENTRAL","body":"CENTRAL_BODY","code":"MIN_INDUSTRY"}}""".formatted(title);
        String created = Signers.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/api/petitions"))
                .header("Authorization", "Bearer " + authorToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(draft)).build());
        UUID id = UUID.fromString(JSON.readTree(created).path("id").asText());
        Signers.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/api/petitions/" + id + "/submission"))
                .header("Authorization", "Bearer " + authorToken).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        return id;
    }

    /** Publishes moderation approvals and waits until every petition gathers backers. */
    static void approve(String serviceUrl, String bootstrap, List<UUID> ids) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (UUID id : ids) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("ce_specversion", bytes("1.0"));
                headers.add("ce_id", bytes(UUID.randomUUID().toString()));
                headers.add("ce_type", bytes("kz.dauys.moderation.decision.made.v1"));
                headers.add("ce_source", bytes("/services/moderation"));
                headers.add("ce_subject", bytes(id.toString()));
                headers.add("ce_time", bytes(Instant.now().toString()));
                String decision = """
                        {"caseId":"%s","kind":"PETITION","itemId":"%s","originService":"petitions","outcome":"APPROVE",
                         "onAppeal":false,"decidedAt":"%s"}""".formatted(UUID.randomUUID(), id, Instant.now());
                producer.send(new ProducerRecord<>("dauys.moderation", null, id.toString(), decision, headers)).get();
            }
        }
        for (UUID id : ids) {
            Awaitility.await("petition " + id + " approved").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> state(serviceUrl, id).equals("gathering_backers"));
        }
    }

    static String state(String serviceUrl, UUID id) throws Exception {
        HttpResponse<String> response = Signers.HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/api/petitions/" + id))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("state").asText() : "HTTP " + response.statusCode();
    }

    /** Every ce_id on a topic of the broker, with how many times it occurs. */
    static Map<String, Integer> eventIdsOnTopic(String bootstrap, String topic) {
        Map<String, Integer> ids = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plusSeconds(60);
            while (Instant.now().isBefore(deadline) && partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader("ce_id");
                    if (id != null) {
                        ids.merge(new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
                    }
                }
            }
        }
        return ids;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
