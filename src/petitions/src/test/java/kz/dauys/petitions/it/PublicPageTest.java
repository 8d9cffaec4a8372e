package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.hamcrest.Matchers.equalTo;

/**
 * The public petition page is kept for a moment (dauys.petitions.page-cache.ttl), yet its counts are
 * always live and a change made by this service is visible at once.
 */
@QuarkusTest
class PublicPageTest {

    @Test
    void countsOnAKeptPageAreLive() {
        UUID id = approvedCentralPetition("olga", "Бесплатный Wi-Fi в пригородных электричках");
        given().when().get("/api/petitions/" + id).then().statusCode(200).body("signatures", equalTo(0));

        sign("daniyar", id).statusCode(201);
        given().when().get("/api/petitions/" + id).then().statusCode(200)
                .body("signatures", equalTo(1))
                .body("signaturesByTerritory[0].count", equalTo(1));
        given().auth().oauth2(token("timur")).when().get("/api/petitions/" + id).then().statusCode(200)
                .body("signatures", equalTo(1));
    }

    @Test
    void aChangeByAModerationDecisionIsVisibleAtOnce() throws Exception {
        UUID id = approvedCentralPetition("olga", "Единый билет на все виды городского транспорта");
        given().when().get("/api/petitions/" + id).then().statusCode(200);
        decide(id, "HIDE", "unlawful_content", "Проверка жалобы.");
        // Keep reading the public page while the decision travels through the broker, so that a kept
        // page is never older than its time limit: only the eviction on change lets the next read see it.
        while (!"hidden".equals(stateOf(id))) {
            given().when().get("/api/petitions/" + id);
        }
        given().when().get("/api/petitions/" + id).then().statusCode(404);
        given().auth().oauth2(token("daniyar")).when().get("/api/petitions/" + id).then().statusCode(404);
        given().auth().oauth2(token("moderator1")).when().get("/api/petitions/" + id).then().statusCode(200)
                .body("state", equalTo("hidden"));

        decide(id, "RESTORE", null, null);
        awaitState(id, "gathering_backers");
        given().when().get("/api/petitions/" + id).then().statusCode(200).body("state", equalTo("gathering_backers"));
    }
}
