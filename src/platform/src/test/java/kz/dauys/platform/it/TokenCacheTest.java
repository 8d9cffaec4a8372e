package kz.dauys.platform.it;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import kz.dauys.platform.security.CachingOidcAuthenticationMechanism;
import kz.dauys.testsupport.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verified-token cache with real Keycloak tokens. Each test takes fresh tokens (not the few-minute
 * reuse of {@link KeycloakTokens#accessToken}) so that its first request is the token's first. Whether a
 * request was answered from the cache is read from the {@code dauys.token.cache} counters.
 */
@QuarkusTest
class TokenCacheTest {

    @Inject
    MeterRegistry registry;

    @Test
    void theCachingMechanismIsTheOnlyHttpAuthenticationMechanism() {
        List<Class<?>> mechanisms = new ArrayList<>();
        for (HttpAuthenticationMechanism mechanism : Arc.container().select(HttpAuthenticationMechanism.class)) {
            mechanisms.add(ClientProxy.unwrap(mechanism).getClass());
        }
        assertEquals(List.of(CachingOidcAuthenticationMechanism.class), mechanisms);
    }

    @Test
    void theSecondRequestWithATokenIsAnsweredFromTheCacheWithTheSameIdentity() {
        String token = freshToken("aigerim");
        Counts before = counts();
        whoAmI(token, "first").statusCode(200)
                .body("username", equalTo("aigerim"))
                .body("roles", hasItem("citizen"))
                .body("region", equalTo("KZ-75"))
                .body("request", equalTo("first"))
                .body("ownToken", equalTo(true));
        assertEquals(before.plus(0, 1), counts(), "the first request is verified by OIDC");

        String subject = whoAmI(token, "second").statusCode(200)
                .body("username", equalTo("aigerim"))
                .body("roles", hasItem("citizen"))
                .body("roles", not(hasItem("moderator")))
                .body("region", equalTo("KZ-75"))
                .body("request", equalTo("second"))
                .body("ownToken", equalTo(true))
                .extract().path("subject");
        assertEquals(before.plus(1, 1), counts(), "the second request is answered from the cache");
        assertTrue(subject != null && !subject.isBlank());

        given().auth().oauth2(token).when().get("/test/citizen-claims").then().statusCode(200)
                .body("iin", equalTo("950314401237"))
                .body("district", equalTo("KZ-75-BOSTANDYK"))
                .body("displayName", equalTo("Айгерім С."));
        assertEquals(before.plus(2, 1), counts());
    }

    @Test
    void forgedTokensAreUnauthorizedEvenAfterTheGenuineTokenWasCached() {
        String token = freshToken("moderator1");
        whoAmI(token, "genuine").statusCode(200).body("username", equalTo("moderator1"));
        Counts cached = counts();
        whoAmI(token, "genuine again").statusCode(200).body("username", equalTo("moderator1"));
        assertEquals(cached.plus(1, 0), counts(), "the genuine token is cached");

        String otherSignature = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJlLWZvcmdlZA";
        given().auth().oauth2(otherSignature).when().get("/test/moderation-only").then().statusCode(401);

        String alteredClaim = withClaimCharacterChanged(token, "\"preferred_username\":\"moderator1\"",
                "\"preferred_username\":\"moderator2\"");
        given().auth().oauth2(alteredClaim).when().get("/test/moderation-only").then().statusCode(401);
        given().auth().oauth2(alteredClaim).when().get("/test/moderation-only").then().statusCode(401);
        assertEquals(cached.plus(1, 3), counts(), "the forged tokens went to full verification each time");

        whoAmI(token, "genuine after forgeries").statusCode(200).body("username", equalTo("moderator1"));
        assertEquals(cached.plus(2, 3), counts());
    }

    @Test
    void aCachedCitizenIsStillForbiddenOnAModeratorEndpoint() {
        String token = freshToken("aigerim");
        given().auth().oauth2(token).when().get("/test/citizen-claims").then().statusCode(200);
        Counts cached = counts();

        given().auth().oauth2(token).when().get("/test/moderation-only").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/forbidden"));
        assertEquals(cached.plus(1, 0), counts(), "the 403 was decided on the cached identity");
    }

    @Test
    void differentUsersNeverGetEachOthersIdentity() throws Exception {
        String citizen = freshToken("aigerim");
        String otherCitizen = freshToken("daniyar");
        String moderator = freshToken("moderator1");
        Counts before = counts();
        for (int round = 0; round < 3; round++) {
            whoAmI(citizen, "aigerim-" + round).statusCode(200).body("username", equalTo("aigerim"))
                    .body("district", equalTo("KZ-75-BOSTANDYK")).body("ownToken", equalTo(true))
                    .body("roles", hasItem("citizen")).body("roles", not(hasItem("moderator")));
            whoAmI(moderator, "moderator1-" + round).statusCode(200).body("username", equalTo("moderator1"))
                    .body("ownToken", equalTo(true)).body("roles", hasItem("moderator"));
            whoAmI(otherCitizen, "daniyar-" + round).statusCode(200).body("username", equalTo("daniyar"))
                    .body("district", equalTo("KZ-75-MEDEU")).body("ownToken", equalTo(true))
                    .body("roles", not(hasItem("moderator")));
        }
        Counts after = counts();
        assertEquals(3, after.misses() - before.misses(), "one verification per token");
        assertEquals(6, after.hits() - before.hits());

        // Concurrently: every answer is the caller's own.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                String[] caller = switch (i % 3) {
                    case 0 -> new String[]{citizen, "aigerim"};
                    case 1 -> new String[]{moderator, "moderator1"};
                    default -> new String[]{otherCitizen, "daniyar"};
                };
                String marker = caller[1] + "-parallel-" + i;
                answers.add(pool.submit(() -> whoAmI(caller[0], marker).statusCode(200)
                        .body("username", equalTo(caller[1]))
                        .body("request", equalTo(marker))
                        .body("ownToken", equalTo(true))));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidatableResponse whoAmI(String token, String requestMarker) {
        return given().auth().oauth2(token).header("X-Test-Request", requestMarker)
                .when().get("/test/identity").then();
    }

    private static String freshToken(String username) {
        return KeycloakTokens.fetch(username, KeycloakTokens.DEMO_PASSWORD);
    }

    /** The token with its payload's {@code from} replaced by {@code to} (same length), signature kept. */
    private static String withClaimCharacterChanged(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains(from), "the token carries " + from);
        String altered = payload.replace(from, to);
        assertEquals(payload.length(), altered.length());
        String alteredPart = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(altered.getBytes(StandardCharsets.UTF_8));
        assertNotEquals(parts[1], alteredPart);
        return parts[0] + "." + alteredPart + "." + parts[2];
    }

    private Counts counts() {
        return new Counts(count("hit"), count("miss"));
    }

    private long count(String result) {
        Counter counter = registry.find("dauys.token.cache").tag("result", result).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private record Counts(long hits, long misses) {
        Counts plus(long moreHits, long moreMisses) {
            return new Counts(hits + moreHits, misses + moreMisses);
        }
    }
}
