package kz.dauys.platform.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Answers the platform gives before a resource runs are problem+json too. */
@QuarkusTest
class ProblemAnswersTest {

    @Test
    void oversizedBodyIsA413Problem() {
        given().contentType("application/json").body("[" + "1,".repeat(600_000) + "1]")
                .when().post("/test/moderation-only")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("https://dauys.kz/problems/too-large"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
