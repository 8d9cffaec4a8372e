package kz.dauys.moderation.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.moderation.Fixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.moderation.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The human side with real Keycloak tokens per role: queue access, claims, decisions, appeals, self-moderation. */
@QuarkusTest
class DecisionJourneyTest {

    @Test
    void queueIsForModeratorsOnly() {
        given().get("/api/moderation/cases").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(token("aigerim")).get("/api/moderation/cases").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token("official.almaty")).get("/api/moderation/cases").then().statusCode(403);
        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases").then().statusCode(200);
        given().auth().oauth2(token("moderator2")).queryParam("size", 1000).get("/api/moderation/cases").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void rejectionWithReasonsThenAppealDecidedByAnotherModerator() {
        String itemId = Fixtures.newItemId("pet");
        UUID caseId = Fixtures.submit(Fixtures.request(ContentKind.PETITION, itemId, "aigerim", "Отменить приговор",
                "Просим отменить приговор суда по делу нашего соседа."));

        Fixtures.claim("moderator1", caseId);
        given().auth().oauth2(token("moderator2")).post("/api/moderation/cases/{id}/claim", caseId).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("Another moderator"));
        Fixtures.decide("moderator2", caseId, "APPROVE", null, null).then().statusCode(409);
        Fixtures.decide("moderator1", caseId, "REJECT", null, "Петиция о приговоре.").then().statusCode(400)
                .body("errors[0].field", equalTo("reasonCode"));
        Fixtures.decide("moderator1", caseId, "REJECT", "no.such.code", "Петиция о приговоре.").then().statusCode(400);
        Fixtures.decide("moderator1", caseId, "REJECT", "excluded.courts", " ").then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        Fixtures.decide("moderator1", caseId, "RESTORE", null, null).then().statusCode(422);
        assertThat(Fixtures.outbox(ModerationDecided.EVENT.type(), itemId)).isEmpty();

        String statement = Fixtures.decide("moderator1", caseId, "REJECT", "excluded.courts",
                        "Петиция просит отменить приговор суда.").then().statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("decision.decidedBy", equalTo(Fixtures.decidedName("moderator1")))
                .extract().jsonPath().getString("decision.statement");
        assertThat(statement).startsWith("Решение: ваша публикация (петиция) «Отменить приговор» отклонена")
                .contains("Обстоятельства: подано ", "Петиция просит отменить приговор суда.")
                .contains("Основание: Петиция касается деятельности судов", "(код причины excluded.courts)")
                .contains("автоматические проверки отметили excluded.courts")
                .contains("Как обжаловать: вы можете один раз обжаловать решение в течение 6 месяцев (до "
                        + LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).plusMonths(6) + ")");
        JsonNode rejected = Fixtures.outbox(ModerationDecided.EVENT.type(), itemId).get(0);
        assertThat(rejected.get("outcome").asText()).isEqualTo("REJECT");
        assertThat(rejected.get("reasonCode").asText()).isEqualTo("excluded.courts");
        assertThat(rejected.get("statementOfReasons").asText()).isEqualTo(statement);
        assertThat(rejected.get("onAppeal").asBoolean()).isFalse();

        // Only the author may appeal; once.
        given().auth().oauth2(token("daniyar")).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "grounds", "Я тоже против")).post("/api/moderation/appeals")
                .then().statusCode(404);
        given().auth().oauth2(token("aigerim")).get("/api/moderation/my/decisions").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.appealable", equalTo(true));
        String appealId = given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "grounds", "Петиция не об оспаривании приговора, а о порядке рассмотрения дел."))
                .post("/api/moderation/appeals").then().statusCode(201).extract().jsonPath().getString("appealCaseId");
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "grounds", "Ещё раз")).post("/api/moderation/appeals")
                .then().statusCode(409).contentType("application/problem+json");

        // The first decider may not decide the appeal.
        given().auth().oauth2(token("moderator1")).post("/api/moderation/cases/{id}/claim", appealId).then().statusCode(403)
                .body("detail", containsString("different moderator"));
        given().auth().oauth2(token("moderator2")).queryParam("type", "APPEAL").queryParam("size", 100)
                .get("/api/moderation/cases").then().statusCode(200).body("items.id", hasItem(appealId));
        Fixtures.claim("moderator2", UUID.fromString(appealId));
        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", appealId).then().statusCode(200)
                .body("appeal.appealedCaseId", equalTo(caseId.toString()))
                .body("appeal.grounds", containsString("порядке рассмотрения"))
                .body("allowedOutcomes", org.hamcrest.Matchers.containsInAnyOrder("APPROVE", "REJECT"));
        String onAppeal = Fixtures.decide("moderator2", UUID.fromString(appealId), "APPROVE", null,
                        "Петиция касается организации работы, а не конкретного приговора.").then().statusCode(200)
                .extract().jsonPath().getString("decision.statement");
        assertThat(onAppeal).contains("одобрена", "Это решение принято по вашей жалобе от", "окончательное на платформе");

        List<JsonNode> events = Fixtures.outbox(ModerationDecided.EVENT.type(), itemId);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).get("outcome").asText()).isEqualTo("APPROVE");
        assertThat(events.get(1).get("onAppeal").asBoolean()).isTrue();
        assertThat(events.get(1).get("caseId").asText()).isEqualTo(appealId);

        // The appeal decision is final: no appeal of an appeal.
        given().auth().oauth2(token("aigerim")).contentType(ContentType.JSON)
                .body(Map.of("caseId", appealId, "grounds", "Ещё")).post("/api/moderation/appeals").then().statusCode(422);
        given().auth().oauth2(token("moderator1")).get("/api/moderation/cases/{id}/audit", caseId).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("case.opened", "case.claimed", "case.decided"));
        given().auth().oauth2(token("moderator1")).get("/api/moderation/cases/{id}/audit", appealId).then().statusCode(200)
                .body("action", org.hamcrest.Matchers.contains("appeal.lodged", "case.claimed", "appeal.decided"));
    }

    @Test
    void moderatorsNeverDecideOnTheirOwnContent() {
        ModerationRequest own = Fixtures.request(ContentKind.BUDGET_PROPOSAL, Fixtures.newItemId("bp"), "moderator1",
                "Скамейки в сквере", "Поставить 10 скамеек в сквере у школы 120.");
        UUID caseId = Fixtures.submit(own);

        given().auth().oauth2(token("moderator1")).post("/api/moderation/cases/{id}/claim", caseId).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("author"));
        Fixtures.decide("moderator1", caseId, "APPROVE", null, null).then().statusCode(403);
        given().auth().oauth2(token("moderator1")).get("/api/moderation/cases/{id}", caseId).then().statusCode(200)
                .body("ownContent", equalTo(true));
        Fixtures.approve("moderator2", caseId);
    }

    @Test
    void queueIsOrderedByDeadlineThenRisk() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ModerationRequest base = Fixtures.request(ContentKind.COMMENT, "c-" + tag + "-1", "olga", "Комментарий " + tag,
                "Хороший проект.");
        UUID calmLate = Fixtures.submit(withDue(base, "c-" + tag + "-1", LocalDate.now().plusDays(40), "Хороший проект " + tag));
        UUID riskyLate = Fixtures.submit(withDue(base, "c-" + tag + "-2", LocalDate.now().plusDays(40), "Идиоты, звоните +7 701 234 56 78 " + tag));
        UUID calmSoon = Fixtures.submit(withDue(base, "c-" + tag + "-3", LocalDate.now().plusDays(2), "Согласна " + tag));

        List<String> order = given().auth().oauth2(token("moderator2")).queryParam("kind", "COMMENT").queryParam("size", 100)
                .get("/api/moderation/cases").then().statusCode(200)
                .body("items.find { it.id == '" + riskyLate + "' }.flags", hasItem("personal_data.phone"))
                .body("items.find { it.id == '" + riskyLate + "' }.riskScore", greaterThanOrEqualTo(40))
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(order.stream().filter(id -> List.of(calmLate.toString(), riskyLate.toString(), calmSoon.toString()).contains(id)))
                .containsExactly(calmSoon.toString(), riskyLate.toString(), calmLate.toString());
    }

    @Test
    void appealWindowClosesAfterSixMonths() {
        String itemId = Fixtures.newItemId("pet");
        UUID caseId = Fixtures.submit(Fixtures.request(ContentKind.PETITION, itemId, "nurlan", "Реклама", "Купите окна недорого."));
        Fixtures.claim("moderator2", caseId);
        Fixtures.decide("moderator2", caseId, "REJECT", "spam", "Это реклама окон.").then().statusCode(200);
        Fixtures.execute("update moderation_case set decided_at = now() - interval '7 months' where id = ?", caseId);

        given().auth().oauth2(token("nurlan")).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "grounds", "Это не реклама")).post("/api/moderation/appeals")
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/appeal-window-closed"));
        given().auth().oauth2(token("nurlan")).get("/api/moderation/my/decisions").then().statusCode(200)
                .body("find { it.caseId == '" + caseId + "' }.appealable", equalTo(false));
    }

    @Test
    void badDecisionInputIsAProblemAndChangesNothing() {
        UUID caseId = Fixtures.submit(Fixtures.request(ContentKind.PETITION, Fixtures.newItemId("pet"), "olga", "Парк", "Парк у реки."));
        Fixtures.claim("moderator1", caseId);
        given().auth().oauth2(token("moderator1")).contentType(ContentType.JSON).body("{\"outcome\":\"MAYBE\"}")
                .post("/api/moderation/cases/{id}/decision", caseId).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token("moderator1")).contentType(ContentType.JSON).body("{}")
                .post("/api/moderation/cases/{id}/decision", caseId).then().statusCode(400);
        given().auth().oauth2(token("moderator1")).get("/api/moderation/cases/{id}", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(token("moderator1")).get("/api/moderation/cases/{id}", caseId).then().statusCode(200)
                .body("status", equalTo("OPEN")).body("claim.mine", equalTo(true));
        given().auth().oauth2(token("moderator1")).delete("/api/moderation/cases/{id}/claim", caseId).then().statusCode(204);
        given().auth().oauth2(token("moderator1")).get("/api/moderation/cases/{id}", caseId).then().statusCode(200)
                .body("claim", org.hamcrest.Matchers.nullValue());
    }

    private static ModerationRequest withDue(ModerationRequest r, String itemId, LocalDate due, String body) {
        return new ModerationRequest(r.kind(), itemId, r.originService(), r.authorSubject(), r.authorDisplayName(), r.title(),
                body, r.fields(), r.link(), r.submittedAt(), due, false);
    }
}
