package kz.dauys.moderation.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.Topics;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.contract.petitions.PetitionAddressee;
import kz.dauys.contract.petitions.PetitionPublished;
import kz.dauys.contract.petitions.PetitionSubmitted;
import kz.dauys.moderation.Fixtures;
import kz.dauys.testsupport.CloudEventRecords;
import kz.dauys.testsupport.DauysTestStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.testsupport.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Submissions through the real broker: idempotent intake, other types skipped, decisions back out on dauys.moderation. */
@QuarkusTest
class IntakeOverBrokerTest {

    private static KafkaCompanion kafka;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(DauysTestStack.KAFKA_BOOTSTRAP);
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void sameSubmittedEventTwiceOpensOneCaseAndTheDecisionIsPublished() throws Exception {
        String petitionId = Fixtures.newItemId("pet");
        ModerationRequest request = Fixtures.request(ContentKind.PETITION, petitionId, "aigerim",
                "Построить велодорожку на Абая", "Просим построить велодорожку вдоль проспекта Абая от Саина до Байзакова.");
        String payload = json.writeValueAsString(new PetitionSubmitted(petitionId, 101, new PetitionAddressee("REGION",
                "AKIMAT", "KZ-75", "Акимат города Алматы"), "transport", request));
        String eventId = UUID.randomUUID().toString();
        String otherTypeId = UUID.randomUUID().toString();
        String published = json.writeValueAsString(new PetitionPublished(petitionId, 101, "x", null, "transport", 1000, Instant.now()));

        CloudEventRecords.send(
                CloudEventRecords.jsonRecord(PetitionPublished.EVENT, petitionId, otherTypeId, published),
                CloudEventRecords.jsonRecord(PetitionSubmitted.EVENT, petitionId, eventId, payload),
                CloudEventRecords.jsonRecord(PetitionSubmitted.EVENT, petitionId, eventId, payload));

        await().atMost(Duration.ofSeconds(60)).until(() -> Fixtures.count(
                "select count(*) from processed_event where consumer = 'moderation-intake' and event_id = ?", eventId) == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> Fixtures.count(
                "select count(*) from moderation_case where item_id = ?", petitionId) == 1);
        assertThat(Fixtures.count("select count(*) from processed_event where event_id = ?", otherTypeId)).isZero();
        kafka.consumeStrings()
                .fromTopics(Set.of(Topics.DEAD_LETTERS), Duration.ofSeconds(3))
                .awaitCompletion()
                .getRecords().forEach(r -> assertThat(header(r, "ce_id")).isNotIn(otherTypeId, eventId));
        assertThat(Fixtures.count("select count(*) from moderation_case where item_id = ? and due_on > current_date + 20",
                petitionId)).as("20 working days are more than 20 calendar days").isEqualTo(1);

        UUID caseId = UUID.fromString(given().auth().oauth2(Fixtures.token("moderator1"))
                .queryParam("kind", "PETITION").queryParam("size", 100)
                .get("/api/moderation/cases").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.itemId == '" + petitionId + "' }.id"));
        Fixtures.approve("moderator1", caseId);

        ConsumerRecord<String, String> decided = kafka.consumeStrings()
                .fromTopics(Set.of(Topics.MODERATION), m -> m.filter(r -> petitionId.equals(r.key())))
                .awaitRecords(1, Duration.ofSeconds(30))
                .getFirstRecord();
        assertThat(header(decided, "ce_type")).isEqualTo(ModerationDecided.EVENT.type());
        assertThat(header(decided, "ce_subject")).isEqualTo(petitionId);
        JsonNode event = json.readTree(decided.value());
        assertThat(event.get("caseId").asText()).isEqualTo(caseId.toString());
        assertThat(event.get("outcome").asText()).isEqualTo("APPROVE");
        assertThat(event.get("originService").asText()).isEqualTo("petitions");
        assertThat(event.get("onAppeal").asBoolean()).isFalse();
        assertThat(event.get("statementOfReasons").asText()).startsWith("Решение:");
    }

    @Test
    void resubmissionAfterRequestForChangesOpensTheNextRoundOfTheSameItem() {
        String petitionId = Fixtures.newItemId("pet");
        UUID first = Fixtures.submit(Fixtures.request(ContentKind.PETITION, petitionId, "daniyar", "Освещение парка",
                "Просим осветить парк."));
        Fixtures.claim("moderator2", first);
        Fixtures.decide("moderator2", first, "REQUEST_CHANGES", "unclear", "Укажите, какой именно парк и где.").then().statusCode(200);

        UUID second = Fixtures.submit(Fixtures.request(ContentKind.PETITION, petitionId, "daniyar", "Освещение парка Гагарина",
                "Просим установить фонари в парке имени Гагарина в Медеуском районе."));

        assertThat(second).isNotEqualTo(first);
        given().auth().oauth2(Fixtures.token("moderator1")).get("/api/moderation/cases/{id}", second).then().statusCode(200)
                .body("round", org.hamcrest.Matchers.equalTo(2))
                .body("history[0].caseId", org.hamcrest.Matchers.equalTo(first.toString()))
                .body("history[0].outcome", org.hamcrest.Matchers.equalTo("REQUEST_CHANGES"));
    }
}
