package kz.dauys.portal.e2e;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.dauys.testsupport.KeycloakTokens;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.oneOf;

/**
 * Set-up steps of the journeys that are not what the journey proves, done through the services' APIs
 * with the demo users' real Keycloak tokens.
 */
final class ServiceApis {

    private ServiceApis() {
    }

    /** A JSON request to one of the services of this run, as {@code user}. */
    static RequestSpecification as(String user, String service) {
        return RestAssured.given().baseUri(ServiceStack.SERVICE_URLS.get(service)).auth().oauth2(KeycloakTokens.accessToken(user))
                .contentType(ContentType.JSON);
    }

    /** The id of the open moderation case of an item, once the item's service sent it through Kafka. */
    static String moderationCaseOf(String itemId) {
        String[] caseId = new String[1];
        Awaitility.await("the moderation case of " + itemId).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    List<Map<String, Object>> cases = as("moderator1", "moderation").queryParam("size", 100)
                            .get("/api/moderation/cases").then().statusCode(200).extract().path("items");
                    caseId[0] = cases.stream().filter(c -> itemId.equals(c.get("itemId"))).map(c -> (String) c.get("id"))
                            .findFirst().orElse(null);
                    return caseId[0] != null;
                });
        return caseId[0];
    }

    /** moderator1 claims and approves the item's case. */
    static void approveInModeration(String itemId) {
        String caseId = moderationCaseOf(itemId);
        as("moderator1", "moderation").post("/api/moderation/cases/" + caseId + "/claim").then().statusCode(200);
        as("moderator1", "moderation").body("{\"outcome\": \"APPROVE\"}")
                .post("/api/moderation/cases/" + caseId + "/decision").then().statusCode(oneOf(200, 201));
    }

    /** official.bostandyk opens a budget cycle for Bostandyk and moves it to proposals; returns its id. */
    static String openBostandykCycle(String title) {
        LocalDate today = LocalDate.now();
        String body = """
                {"territoryCode": "KZ-75-BOSTANDYK", "title": {"kk": "%1$s", "ru": "%1$s", "en": "%1$s"},
                 "description": {"en": "Courtyards and footpaths of Bostandyk district."}, "budget": 10000000,
                 "phases": {"proposalsFrom": "%2$s", "reviewFrom": "%3$s", "votingFrom": "%4$s", "tallyingFrom": "%5$s",
                            "resultsFrom": "%6$s", "implementationFrom": "%7$s"},
                 "outcomeRule": "GREEDY"}
                """.formatted(title, today.plusDays(30), today.plusDays(40), today.plusDays(50), today.plusDays(60),
                today.plusDays(70), today.plusDays(80));
        String id = as("official.bostandyk", "budget").body(body).post("/api/budget/cycles").then().statusCode(201)
                .extract().path("id");
        as("official.bostandyk", "budget").body("{\"to\": \"PROPOSALS\"}").post("/api/budget/cycles/" + id + "/advance")
                .then().statusCode(200);
        return id;
    }
}
