package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Signing over HTTP with real Keycloak tokens, against the real database. */
@QuarkusTest
class SigningTest {

    @Test
    void residentAdultSignsOnceAndRepeatsAreIdempotent() throws Exception {
        UUID id = approvedAlmatyPetition("Больше деревьев в Бостандыкском районе");
        given().auth().oauth2(token("aigerim")).when().get("/api/petitions/" + id + "/eligibility").then().statusCode(200)
                .body("canSign", equalTo(true)).body("territoryCode", equalTo("KZ-75"));

        sign("aigerim", id).statusCode(201).body("status", equalTo("valid")).body("displayName", equalTo("Айгерім С."))
                .body("signatures", equalTo(1)).body("district", equalTo("KZ-75-BOSTANDYK"));
        sign("aigerim", id).statusCode(200).body("status", equalTo("valid")).body("signatures", equalTo(1));
        given().auth().oauth2(token("aigerim")).when().get("/api/petitions/" + id + "/eligibility").then()
                .body("canSign", equalTo(false)).body("reason", equalTo("already-signed"));

        assertThat(validRows(id)).isEqualTo(1);
        assertThat(tallyTotal(id)).isEqualTo(1);
        given().when().get("/api/petitions/" + id + "/count").then().statusCode(200).body("signatures", equalTo(1));
        given().when().get("/api/petitions/" + id + "/signatures").then().statusCode(200)
                .body("name", hasItem("Айгерім С.")).body("[0]", not(hasItem("iin")));
        given().when().get("/api/petitions/" + id).then().body("signaturesByTerritory[0].district", equalTo("KZ-75-BOSTANDYK"))
                .body("signaturesByTerritory[0].count", equalTo(1));
        // Nothing in clear: the stored signer is an HMAC, never the IIN.
        assertThat(single("select signer_hash from signature where petition_id = ?", id)).startsWith("k1:").doesNotContain("950314401237");
    }

    @Test
    void minorIsRefusedAndNothingIsStored() throws Exception {
        UUID id = approvedAlmatyPetition("Ночные автобусы для студентов");
        sign("timur", id).statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("timur")).when().get("/api/petitions/" + id + "/eligibility").then()
                .body("canSign", equalTo(false)).body("reason", equalTo("under-age"));
        assertThat(validRows(id)).isZero();
    }

    @Test
    void residentOfAnotherTerritoryIsRefusedButMaySignACentralPetition() throws Exception {
        UUID local = approvedAlmatyPetition("Ремонт дорог в микрорайоне Орбита");
        given().auth().oauth2(token("olga")).when().get("/api/petitions/" + local + "/eligibility").then()
                .body("canSign", equalTo(false)).body("reason", equalTo("not-resident"));
        sign("olga", local).statusCode(403).body("type", equalTo("https://dauys.kz/problems/not-resident"));
        assertThat(validRows(local)).isZero();

        UUID central = approvedCentralPetition("aigerim", "Бесплатный проезд для пенсионеров по стране");
        sign("olga", central).statusCode(201);
        sign("daniyar", central).statusCode(201);
        // Early backers (2 in tests) reached: the petition is listed publicly now.
        awaitState(central, "open");
        given().when().get("/api/petitions?q=пенсионеров").then().statusCode(200).body("items.id", hasItem(central.toString()));
    }

    @Test
    void anonymousAndNonCitizenAccountsCannotSign() throws Exception {
        UUID id = approvedAlmatyPetition("Светофор у школы номер сорок");
        given().when().post("/api/petitions/" + id + "/signatures").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/petitions/" + id + "/eligibility").then().statusCode(200).body("reason", equalTo("sign-in-required"));
        sign("official.bostandyk", id).statusCode(403);
        sign("ombudsman.almaty", id).statusCode(403);
        assertThat(validRows(id)).isZero();
    }

    @Test
    void withdrawalUntilThresholdCorrectsCounts() throws Exception {
        UUID id = approvedAlmatyPetition("Спортплощадка во дворе на Розыбакиева");
        sign("daniyar", id).statusCode(201);
        sign("aigerim", id).statusCode(201);
        given().auth().oauth2(token("daniyar")).when().delete("/api/petitions/" + id + "/signatures/mine").then().statusCode(200)
                .body("status", equalTo("withdrawn"));
        assertThat(validRows(id)).isEqualTo(1);
        assertThat(tallyTotal(id)).isEqualTo(1);
        assertThat(territorySum(id)).isEqualTo(1);
        given().auth().oauth2(token("daniyar")).when().delete("/api/petitions/" + id + "/signatures/mine").then().statusCode(404);
        sign("daniyar", id).statusCode(201).body("status", equalTo("valid"));
        assertThat(validRows(id)).isEqualTo(2);
        assertThat(tallyTotal(id)).isEqualTo(2);
    }

    @Test
    void samePersonSigningTwentyTimesConcurrentlyCountsOnce() throws Exception {
        UUID id = approvedAlmatyPetition("Фильтры для воды в детских садах");
        String token = token("daniyar");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> given().auth().oauth2(token).when().post("/api/petitions/" + id + "/signatures").statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Long.parseLong(single("select count(*) from signature where petition_id = ?", id))).isEqualTo(1);
        assertThat(tallyTotal(id)).isEqualTo(1);
        assertThat(territorySum(id)).isEqualTo(1);
    }

    @Test
    void reachingTheThresholdMovesToConsiderationAndEmitsOneEvent() throws Exception {
        UUID id = approvedAlmatyPetition("Капремонт поликлиники в Медеуском районе");
        execute("update petition set threshold = 3 where id = ?", id);
        sign("aigerim", id).statusCode(201);
        sign("daniyar", id).statusCode(201);
        awaitState(id, "open");
        sign("moderator2", id).statusCode(201);
        awaitState(id, "under_consideration");
        sign("official.almaty", id).statusCode(201).body("signatures", equalTo(4));
        var events = events("dauys.petitions", id.toString(), "kz.dauys.petitions.petition.threshold_reached.v1");
        assertThat(events).hasSize(1);
        assertThat(compact(events.get(0))).contains("\"signatures\":3", "\"threshold\":3", "\"answerDueOn\"");
        given().when().get("/api/petitions/" + id).then().body("dates.answerDueOn", notNullValue())
                .body("history.action", hasItem("threshold_reached"));
        // Past the threshold a signature can no longer be withdrawn.
        given().auth().oauth2(token("aigerim")).when().delete("/api/petitions/" + id + "/signatures/mine").then().statusCode(422);
        assertThat(validRows(id)).isEqualTo(tallyTotal(id)).isEqualTo(4);
    }

    @Test
    void accountRateLimitAnswers429WithRetryAfter() throws Exception {
        UUID id = approvedCentralPetition("daniyar", "Единый проездной билет для всех городов");
        Response last = null;
        for (int i = 0; i < 70; i++) {
            last = given().auth().oauth2(token("nurlan")).when().post("/api/petitions/" + id + "/signatures");
            if (last.statusCode() == 429) {
                break;
            }
            assertThat(last.statusCode()).isIn(200, 201);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isPositive();
        assertThat(validRows(id)).isEqualTo(1);
    }
}
