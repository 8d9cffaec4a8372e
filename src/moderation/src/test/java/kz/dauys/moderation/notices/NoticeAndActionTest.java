package kz.dauys.moderation.notices;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.moderation.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.moderation.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Reports by signed-in users: once per user, three distinct reports hide the item, a moderator reviews. */
@QuarkusTest
class NoticeAndActionTest {

    @Test
    void threeDistinctReportsHideTheItemAndAReviewRestoresIt() {
        String itemId = Fixtures.newItemId("ai");
        UUID submission = Fixtures.submit(Fixtures.request(ContentKind.AGENDA_ITEM_PROPOSAL, itemId, "nurlan",
                "Ремонт дороги в Талгаре", "Предлагаем рассмотреть ремонт дороги по улице Абая в Талгаре."));
        Fixtures.approve("moderator1", submission);

        report("aigerim", itemId, "spam").then().statusCode(201);
        report("aigerim", itemId, "offensive").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already reported"));
        report("daniyar", itemId, "offensive").then().statusCode(201);
        assertThat(decisions(itemId)).extracting(e -> e.get("outcome").asText()).containsExactly("APPROVE");

        report("olga", itemId, "spam").then().statusCode(201);

        List<JsonNode> events = decisions(itemId);
        assertThat(events).hasSize(2);
        JsonNode hide = events.get(1);
        assertThat(hide.get("outcome").asText()).isEqualTo("HIDE");
        assertThat(hide.get("reasonCode").asText()).isEqualTo("reports_threshold");
        assertThat(hide.get("statementOfReasons").asText())
                .contains("скрыта", "3 пользователей пожаловались на материал (offensive 1, spam 2)", "скрыт автоматически");
        String reviewId = hide.get("caseId").asText();

        // A fourth report of a hidden item is recorded but hides nothing more.
        report("timur", itemId, "other").then().statusCode(201);
        assertThat(decisions(itemId)).hasSize(2);

        given().auth().oauth2(token("moderator2")).get("/api/moderation/cases/{id}", reviewId).then().statusCode(200)
                .body("type", equalTo("NOTICE_REVIEW"))
                .body("reports.total", equalTo(3))
                .body("reports.byReason.spam", equalTo(2))
                .body("allowedOutcomes", org.hamcrest.Matchers.containsInAnyOrder("RESTORE", "HIDE"));
        Fixtures.claim("moderator2", UUID.fromString(reviewId));
        Fixtures.decide("moderator2", UUID.fromString(reviewId), "RESTORE", null, "Жалобы необоснованны: это обычное предложение.")
                .then().statusCode(200);
        assertThat(decisions(itemId)).extracting(e -> e.get("outcome").asText()).containsExactly("APPROVE", "HIDE", "RESTORE");
    }

    @Test
    void reportsNeedASignedInUserAKnownPublishedItemAndAKnownReason() {
        String itemId = Fixtures.newItemId("pet");
        Fixtures.submit(Fixtures.request(ContentKind.PETITION, itemId, "olga", "Парк", "Новый парк на левом берегу."));

        given().contentType(ContentType.JSON).body(Map.of("kind", "PETITION", "itemId", itemId, "originService", "petitions",
                "reason", "spam")).post("/api/moderation/notices").then().statusCode(401);
        report("aigerim", itemId, "spam").then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/not-published"));
        report("aigerim", "no-such-item", "spam").then().statusCode(404);
        report("aigerim", itemId, "boring").then().statusCode(400).contentType("application/problem+json");
        assertThat(Fixtures.count("select count(*) from notice n join moderated_item i on i.id = n.item_ref where i.item_id = ?",
                itemId)).isZero();
    }

    private static io.restassured.response.Response report(String user, String itemId, String reason) {
        ContentKind kind = itemId.startsWith("ai") ? ContentKind.AGENDA_ITEM_PROPOSAL : ContentKind.PETITION;
        return given().auth().oauth2(token(user)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind.name(), "itemId", itemId, "originService", Fixtures.originOf(kind), "reason", reason,
                        "comment", "Комментарий " + user))
                .post("/api/moderation/notices");
    }

    private static List<JsonNode> decisions(String itemId) {
        return Fixtures.outbox(ModerationDecided.EVENT.type(), itemId);
    }
}
