package kz.dauys.petitions.it;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kz.dauys.testsupport.CloudEventRecords;
import kz.dauys.testsupport.DauysTestStack;
import kz.dauys.testsupport.KeycloakTokens;
import kz.dauys.testsupport.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.testsupport.CloudEventRecords.header;
import static org.awaitility.Awaitility.await;

/** Shared steps of the petitions tests: real tokens, real broker, direct row checks. */
final class Fixtures {

    static final String DB = "dauys_petitions_test";
    private static KafkaCompanion kafka;

    private Fixtures() {
    }

    static synchronized KafkaCompanion kafka() {
        if (kafka == null) {
            kafka = new KafkaCompanion(DauysTestStack.KAFKA_BOOTSTRAP);
        }
        return kafka;
    }

    static String token(String user) {
        return KeycloakTokens.accessToken(user);
    }

    static Map<String, Object> draft(String title, String level, String body, String code, String territory) {
        Map<String, Object> addressee = new java.util.HashMap<>();
        addressee.put("level", level);
        addressee.put("body", body);
        addressee.put("code", code);
        addressee.put("territoryCode", territory);
        return Map.of(
                "title", Map.of("ru", title, "en", title + " (en)"),
                "text", Map.of("ru", "Просим рассмотреть этот вопрос: " + title + ". Жители давно ждут решения и готовы помочь."),
                "requestedAction", Map.of("ru", "Принять решение в течение года"),
                "topic", "transport",
                "addressee", addressee);
    }

    /** A draft by the user, returned as its id. */
    static UUID createDraft(String user, Map<String, Object> draft) {
        String id = given().auth().oauth2(token(user)).contentType(ContentType.JSON).body(draft)
                .when().post("/api/petitions")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static void submit(String user, UUID id) {
        given().auth().oauth2(token(user)).when().post("/api/petitions/" + id + "/submission").then().statusCode(200);
    }

    /** A petition by aigerim to the Almaty akimat, approved by moderation through the real broker. */
    static UUID approvedAlmatyPetition(String title) {
        UUID id = createDraft("aigerim", draft(title, "REGION", "AKIMAT", null, "KZ-75"));
        submit("aigerim", id);
        decide(id, "APPROVE", null, null);
        awaitState(id, "gathering_backers");
        return id;
    }

    static UUID approvedCentralPetition(String user, String title) {
        UUID id = createDraft(user, draft(title, "CENTRAL", "CENTRAL_BODY", "MIN_TRANSPORT", null));
        submit(user, id);
        decide(id, "APPROVE", null, null);
        awaitState(id, "gathering_backers");
        return id;
    }

    /** Publishes a moderation decision as the moderation service would; returns the event id. */
    static String decide(UUID petitionId, String outcome, String reasonCode, String statement) {
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"caseId":"%s","kind":"PETITION","itemId":"%s","originService":"petitions","outcome":"%s",
                 "reasonCode":%s,"statementOfReasons":%s,"onAppeal":false,"decidedAt":"%s"}"""
                .formatted(UUID.randomUUID(), petitionId, outcome, json(reasonCode), json(statement), Instant.now());
        produce("dauys.moderation", eventId, "kz.dauys.moderation.decision.made.v1", "/services/moderation", petitionId.toString(), payload);
        return eventId;
    }

    /** Produces a binary-mode CloudEvent record with the same ce_* headers the outbox relay writes. */
    static void produce(String topic, String eventId, String type, String source, String subject, String payload) {
        CloudEventRecords.send(CloudEventRecords.jsonRecord(topic, type, source, subject, eventId, payload));
    }

    static String json(String value) {
        return value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"";
    }

    static void awaitState(UUID id, String state) {
        await().atMost(Duration.ofSeconds(30)).until(() -> state.equals(stateOf(id)));
    }

    static String stateOf(UUID id) throws SQLException {
        return single("select state from petition where id = ?", id);
    }

    static ValidatableResponse sign(String user, UUID id) {
        return given().auth().oauth2(token(user)).when().post("/api/petitions/" + id + "/signatures").then();
    }

    static long validRows(UUID id) throws SQLException {
        return Long.parseLong(single("select count(*) from signature where petition_id = ? and status = 'valid'", id));
    }

    static long tallyTotal(UUID id) throws SQLException {
        String total = single("select total from petition_tally where petition_id = ?", id);
        return total == null ? 0 : Long.parseLong(total);
    }

    static long territorySum(UUID id) throws SQLException {
        return Long.parseLong(single("select coalesce(sum(count), 0) from petition_territory_tally where petition_id = ?", id));
    }

    static void execute(String sql, Object... params) throws SQLException {
        try (Connection connection = TestDatabase.connect(DB); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    static String single(String sql, Object... params) throws SQLException {
        try (Connection connection = TestDatabase.connect(DB); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Every event of this type about this subject that reached the topic so far. */
    static List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> events(String topic, String subject, String type) {
        var task = kafka().consumeStrings().fromTopics(topic);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> task.getRecords().stream().anyMatch(r -> subject.equals(r.key())
                    && type.equals(header(r, "ce_type"))));
            // Keep reading a moment so a duplicate would show up too.
            await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
            return task.getRecords().stream().filter(r -> subject.equals(r.key()) && type.equals(header(r, "ce_type"))).toList();
        } finally {
            task.close();
        }
    }

    /** The JSON of an event without the spaces jsonb adds after colons and commas. */
    static String compact(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record) {
        return record.value().replace("\": ", "\":").replace(", \"", ",\"");
    }
}
