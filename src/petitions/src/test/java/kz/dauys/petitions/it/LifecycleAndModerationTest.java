package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static kz.dauys.testsupport.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The lifecycle through the real broker: submission event out, moderation decisions in, with real tokens. */
@QuarkusTest
class LifecycleAndModerationTest {

    @Test
    void submissionPublishesModerationRequestAndApprovalPublishesPetition() throws Exception {
        UUID id = createDraft("aigerim", draft("Освещение на улице Тимирязева", "REGION", "AKIMAT", null, "KZ-75"));
        long population = Long.parseLong(single("select population from territory where code = 'KZ-75'"));
        given().auth().oauth2(token("aigerim")).when().get("/api/petitions/" + id).then().statusCode(200)
                .body("state", equalTo("draft"))
                .body("threshold", equalTo((int) Math.ceil(population / 100.0)))
                .body("addressee.signersMustResideIn", equalTo("KZ-75"));

        submit("aigerim", id);
        var submitted = events("dauys.petitions", id.toString(), "kz.dauys.petitions.petition.submitted.v1");
        assertThat(submitted).hasSize(1);
        assertThat(compact(submitted.get(0))).contains("\"originService\":\"petitions\"", "\"kind\":\"PETITION\"",
                "\"authorDisplayName\":\"Айгерім С.\"", "\"decisionDueOn\"");
        assertThat(header(submitted.get(0), "ce_source")).isEqualTo("/services/petitions");

        decide(id, "APPROVE", null, null);
        awaitState(id, "gathering_backers");
        assertThat(events("dauys.petitions", id.toString(), "kz.dauys.petitions.petition.published.v1")).hasSize(1);
        given().when().get("/api/petitions/" + id).then().statusCode(200)
                .body("dates.backersDueOn", notNullValue())
                .body("dates.collectionEndsOn", notNullValue())
                .body("history.action", hasItems("created", "submitted", "approved"));
    }

    @Test
    void requestForChangesReturnsToDraftWithNoteForTheAuthorOnly() throws Exception {
        UUID id = createDraft("aigerim", draft("Парковка у поликлиники номер пять", "REGION", "MASLIKHAT", null, "KZ-75"));
        submit("aigerim", id);
        decide(id, "REQUEST_CHANGES", "unclear", "Уточните, какое именно действие вы просите.");
        awaitState(id, "draft");
        given().auth().oauth2(token("aigerim")).when().get("/api/petitions/" + id).then().statusCode(200)
                .body("moderation.note", equalTo("Уточните, какое именно действие вы просите."));
        // A draft is not public: others do not even learn it exists.
        given().auth().oauth2(token("daniyar")).when().get("/api/petitions/" + id).then().statusCode(404);
        given().when().get("/api/petitions/" + id).then().statusCode(404);

        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(draft("Парковка у поликлиники номер пять, ул. Жандосова", "REGION", "MASLIKHAT", null, "KZ-75"))
                .when().put("/api/petitions/" + id).then().statusCode(200);
        submit("aigerim", id);
        var submissions = events("dauys.petitions", id.toString(), "kz.dauys.petitions.petition.submitted.v1");
        assertThat(submissions).hasSize(2);
        assertThat(compact(submissions.get(1))).contains("\"resubmission\":true");
    }

    @Test
    void rejectionKeepsReasonAndDuplicateDecisionEventIsAppliedOnce() throws Exception {
        UUID id = createDraft("daniyar", draft("Отменить выборы акима района", "REGION", "AKIMAT", null, "KZ-75"));
        submit("daniyar", id);
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"caseId":"c-1","kind":"PETITION","itemId":"%s","originService":"petitions","outcome":"REJECT",
                 "reasonCode":"excluded.elections","statementOfReasons":"Выборы не могут быть предметом петиции.",
                 "onAppeal":false,"decidedAt":"2026-01-10T10:00:00Z"}""".formatted(id);
        produce("dauys.moderation", eventId, "kz.dauys.moderation.decision.made.v1", "/services/moderation", id.toString(), payload);
        produce("dauys.moderation", eventId, "kz.dauys.moderation.decision.made.v1", "/services/moderation", id.toString(), payload);
        awaitState(id, "rejected");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                "1".equals(single("select count(*) from petition_history where petition_id = ? and action = 'rejected'", id)));
        assertThat(single("select rejection_reason from petition where id = ?", id)).isEqualTo("excluded.elections");
        given().auth().oauth2(token("daniyar")).when().get("/api/petitions/" + id).then().statusCode(200)
                .body("moderation.reasonCode", equalTo("excluded.elections"))
                .body("moderation.rejectionText", equalTo("Выборы не могут быть предметом петиции."));
        assertThat(events("dauys.petitions", id.toString(), "kz.dauys.petitions.petition.closed.v1")).hasSize(1);
    }

    @Test
    void decisionsForOtherServicesAreIgnored() throws Exception {
        UUID id = createDraft("aigerim", draft("Новая остановка у парка Гагарина", "REGION", "AKIMAT", null, "KZ-75"));
        submit("aigerim", id);
        String payload = """
                {"caseId":"c-2","kind":"BUDGET_PROPOSAL","itemId":"%s","originService":"budget","outcome":"APPROVE",
                 "onAppeal":false,"decidedAt":"2026-01-10T10:00:00Z"}""".formatted(id);
        produce("dauys.moderation", UUID.randomUUID().toString(), "kz.dauys.moderation.decision.made.v1", "/services/moderation",
                id.toString(), payload);
        decide(id, "REJECT", "duplicate", "Такая петиция уже есть.");
        awaitState(id, "rejected");
    }

    @Test
    void hideAndRestoreReturnToThePreviousState() throws Exception {
        UUID id = approvedAlmatyPetition("Вернуть фонтаны на Арбат");
        decide(id, "HIDE", "unlawful_content", "Проверка жалобы.");
        awaitState(id, "hidden");
        given().when().get("/api/petitions/" + id).then().statusCode(404);
        given().auth().oauth2(token("moderator1")).when().get("/api/petitions/" + id).then().statusCode(200)
                .body("state", equalTo("hidden"));
        decide(id, "RESTORE", null, null);
        awaitState(id, "gathering_backers");
    }

    @Test
    void authorWithdrawsBeforeThresholdAndOthersCannot() throws Exception {
        UUID id = approvedAlmatyPetition("Велодорожка по проспекту Абая");
        given().auth().oauth2(token("daniyar")).when().post("/api/petitions/" + id + "/withdrawal").then().statusCode(404);
        given().auth().oauth2(token("aigerim")).when().post("/api/petitions/" + id + "/withdrawal").then().statusCode(200)
                .body("state", equalTo("withdrawn"));
        sign("daniyar", id).statusCode(422).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() throws Exception {
        long before = Long.parseLong(single("select count(*) from petition"));
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("ru", "коротко"), "text", Map.of("ru", ""), "topic", "nope",
                        "addressee", Map.of("level", "REGION", "body", "AKIMAT", "territoryCode", "KZ-75")))
                .when().post("/api/petitions").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "text", "topic"));
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(draft("Петиция к маслихату Астаны", "REGION", "MASLIKHAT", null, "KZ-71"))
                .when().post("/api/petitions").then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/not-resident"));
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(draft("Петиция району как городу", "TOWN", "AKIMAT", null, "KZ-75-BOSTANDYK"))
                .when().post("/api/petitions").then().statusCode(400).body("errors[0].field", equalTo("addressee.territoryCode"));
        given().auth().oauth2(token("timur")).contentType(ContentType.JSON)
                .body(draft("Петиция от несовершеннолетнего", "CENTRAL", "GOVERNMENT", null, null))
                .when().post("/api/petitions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(draft("Анонимная петиция без входа", "CENTRAL", "GOVERNMENT", null, null))
                .when().post("/api/petitions").then().statusCode(401);
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON).body("{not json")
                .when().post("/api/petitions").then().statusCode(400).contentType("application/problem+json");
        assertThat(Long.parseLong(single("select count(*) from petition"))).isEqualTo(before);
        given().when().get("/api/petitions/not-a-uuid").then().statusCode(404);
        given().when().get("/api/petitions/" + UUID.randomUUID()).then().statusCode(404).body("status", equalTo(404))
                .body("errors", nullValue());
    }
}
