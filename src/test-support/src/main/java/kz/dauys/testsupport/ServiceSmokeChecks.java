package kz.dauys.testsupport;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * What every Dauys service must expose once booted on the real stack: health (database and Kafka
 * checks up), an OpenAPI document, Prometheus metrics and problem+json for unknown paths.
 * A service's test extends it under {@code @QuarkusTest}.
 */
public abstract class ServiceSmokeChecks {

    @Test
    void isLiveAndReady() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void publishesOpenApi() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", org.hamcrest.Matchers.startsWith("3."));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void unknownApiPathIsProblemJson() {
        given().when().get("/api/does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
