package kz.dauys.ombudsman;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import kz.dauys.testsupport.KeycloakTokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Calls to the ombudsman API as a demo user with a real Keycloak token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user)).contentType(ContentType.JSON);
    }

    public static Map<String, Object> complaint(String bodyName, String territory, String title) {
        return Map.of(
                "body", territory == null ? Map.of("name", bodyName, "central", true)
                        : Map.of("name", bodyName, "territory", territory, "central", false),
                "title", title,
                "whatHappened", "The district akimat refused to register my disabled son for home schooling without any written reason.",
                "happenedOn", "2026-10-01",
                "alreadyTried", "Wrote to the akimat on 5 October; no answer.",
                "contactEmail", "complainant@example.kz",
                "consentToShare", true);
    }

    /** Files a complaint and returns its case id. */
    public static UUID file(String user, String bodyName, String territory, String title) {
        String id = as(user).body(complaint(bodyName, territory, title))
                .when().post("/api/ombudsman/complaints")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static ValidatableResponse staffGet(String user, UUID caseId) {
        return as(user).when().get("/api/ombudsman/cases/" + caseId).then();
    }

    public static Map<String, Object> admissibleTriage(String office) {
        return Map.of(
                "answers", Map.of(
                        "within_mandate", Map.of("answer", true),
                        "not_before_court", Map.of("answer", true),
                        "body_approached_first", Map.of("answer", true, "note", "letter of 5 October attached"),
                        "person_identified", Map.of("answer", true)),
                "category", "disability",
                "urgency", "CHILDREN",
                "office", office);
    }
}
