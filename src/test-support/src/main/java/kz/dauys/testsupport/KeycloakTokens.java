package kz.dauys.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real access tokens from the test Keycloak with the password grant on the public {@code dauys-cli}
 * client. Demo users are defined in {@code deploy/keycloak/dauys-realm.json}.
 */
public final class KeycloakTokens {

    public static final String DEMO_PASSWORD = "dauys-demo";
    private static final Duration REUSE_FOR = Duration.ofMinutes(3);
    private static final Map<String, CachedToken> CACHE = new ConcurrentHashMap<>();

    private KeycloakTokens() {
    }

    /** A token for a demo user, reused for a few minutes (access tokens live five). */
    public static String accessToken(String username) {
        return CACHE.compute(username, (user, cached) -> cached != null && cached.fetchedAt().plus(REUSE_FOR).isAfter(Instant.now())
                ? cached : new CachedToken(fetch(user, DEMO_PASSWORD), Instant.now())).token();
    }

    private record CachedToken(String token, Instant fetchedAt) {
    }

    public static String fetch(String username, String password) {
        Response response = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "dauys-cli")
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .post(DauysTestStack.REALM_URL + "/protocol/openid-connect/token");
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.statusCode()
                    + " " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }
}
