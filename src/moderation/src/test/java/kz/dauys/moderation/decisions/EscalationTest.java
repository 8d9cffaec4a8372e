package kz.dauys.moderation.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.Topics;
import kz.dauys.contract.moderation.ModerationCaseEscalated;
import kz.dauys.moderation.Fixtures;
import kz.dauys.testsupport.CloudEventRecords;
import kz.dauys.testsupport.DauysTestStack;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.moderation.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A moderator refers a case to the ombudsman; the event reaches the broker with the content and link, once. */
@QuarkusTest
class EscalationTest {

    @Test
    void escalationPublishesTheCaseForTheOmbudsmanOnce() throws Exception {
        String itemId = Fixtures.newItemId("pet");
        UUID caseId = Fixtures.submit(Fixtures.request(ContentKind.PETITION, itemId, "olga", "Нет пандуса в поликлинике",
                "В поликлинике №3 нет пандуса, люди на колясках не могут попасть к врачу."));

        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON).body(Map.of("note", "x"))
                .post("/api/moderation/cases/{id}/escalation", caseId).then().statusCode(403);
        given().auth().oauth2(token("moderator1")).contentType(ContentType.JSON).body(Map.of("note", ""))
                .post("/api/moderation/cases/{id}/escalation", caseId).then().statusCode(400);
        given().auth().oauth2(token("moderator1")).contentType(ContentType.JSON)
                .body(Map.of("note", "Возможное нарушение прав людей с инвалидностью на доступ к медицинской помощи."))
                .post("/api/moderation/cases/{id}/escalation", caseId).then().statusCode(200)
                .body("escalation.note", org.hamcrest.Matchers.containsString("инвалидностью"));
        given().auth().oauth2(token("moderator2")).contentType(ContentType.JSON).body(Map.of("note", "ещё раз"))
                .post("/api/moderation/cases/{id}/escalation", caseId).then().statusCode(409);

        try (KafkaCompanion kafka = new KafkaCompanion(DauysTestStack.KAFKA_BOOTSTRAP)) {
            ConsumerRecord<String, String> record = kafka.consumeStrings()
                    .fromTopics(Set.of(Topics.MODERATION), m -> m.filter(r -> caseId.toString().equals(r.key())))
                    .awaitRecords(1, Duration.ofSeconds(30)).getFirstRecord();
            assertThat(CloudEventRecords.header(record, "ce_type"))
                    .isEqualTo(ModerationCaseEscalated.EVENT.type());
            JsonNode event = new ObjectMapper().readTree(record.value());
            assertThat(event.get("itemId").asText()).isEqualTo(itemId);
            assertThat(event.get("link").asText()).isEqualTo("/petitions/" + itemId);
            assertThat(event.get("body").asText()).contains("пандуса");
            assertThat(event.get("language").asText()).isEqualTo("ru");
            assertThat(event.has("iin")).isFalse();
            assertThat(event.get("authorSubject").asText()).isEqualTo(Fixtures.subject("olga"));
        }
        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", caseId).then().statusCode(200)
                .body("status", equalTo("OPEN"));
    }
}
