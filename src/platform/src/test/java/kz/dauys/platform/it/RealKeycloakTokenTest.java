package kz.dauys.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.KeycloakTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Real tokens from the real Keycloak (password grant) against a role-protected endpoint. */
@QuarkusTest
class RealKeycloakTokenTest {

    @Test
    void moderatorTokenIsAccepted() {
        given().auth().oauth2(KeycloakTokens.accessToken("moderator1"))
                .when().get("/test/moderation-only")
                .then().statusCode(200)
                .body("username", equalTo("moderator1"));
    }

    @Test
    void citizenClaimsAreReadFromTheToken() {
        given().auth().oauth2(KeycloakTokens.accessToken("aigerim"))
                .when().get("/test/citizen-claims")
                .then().statusCode(200)
                .body("iin", equalTo("950314401237"))
                .body("region", equalTo("KZ-75"))
                .body("district", equalTo("KZ-75-BOSTANDYK"))
                .body("territory", equalTo("-"))
                .body("displayName", equalTo("Айгерім С."));
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        given().when().get("/test/moderation-only")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }

    @Test
    void citizenTokenIsForbiddenProblem() {
        given().auth().oauth2(KeycloakTokens.accessToken("aigerim"))
                .when().get("/test/moderation-only")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/forbidden"));
    }

    @Test
    void forgedTokenIsUnauthorized() {
        String token = KeycloakTokens.accessToken("moderator1");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZvcmdlZA";
        given().auth().oauth2(forged)
                .when().get("/test/moderation-only")
                .then().statusCode(401);
    }
}
