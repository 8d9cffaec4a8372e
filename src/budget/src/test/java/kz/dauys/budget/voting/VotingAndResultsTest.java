package kz.dauys.budget.voting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kz.dauys.budget.support.BudgetFixtures;
import kz.dauys.testsupport.TestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static kz.dauys.budget.support.BudgetFixtures.BOSTANDYK;
import static kz.dauys.budget.support.BudgetFixtures.advance;
import static kz.dauys.budget.support.BudgetFixtures.as;
import static kz.dauys.budget.support.BudgetFixtures.feasibleProject;
import static kz.dauys.budget.support.BudgetFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Voting, paper ballots, tally, publication and implementation, with real tokens and the real broker. */
@QuarkusTest
class VotingAndResultsTest {

    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = BudgetFixtures.kafka();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    /** A cycle in VOTING with three feasible projects costing 6, 5 and 3 million of a 10 million budget. */
    private record Vote(UUID cycle, UUID a, UUID b, UUID c) {
    }

    private static Vote votingCycle(String rule, Map<String, Object> ballotRules) {
        UUID cycle = BudgetFixtures.openCycle("official.bostandyk", BOSTANDYK, 10_000_000, rule, ballotRules);
        UUID a = feasibleProject(kafka, cycle, "Sports ground", 6_000_000);
        UUID b = feasibleProject(kafka, cycle, "Library books", 5_000_000);
        UUID c = feasibleProject(kafka, cycle, "Street lights", 3_000_000);
        advance(cycle, "official.bostandyk", "REVIEW");
        review(a, "official.bostandyk", true, null);
        review(b, "official.bostandyk", true, null);
        review(c, "official.bostandyk", true, null);
        advance(cycle, "official.bostandyk", "VOTING");
        return new Vote(cycle, a, b, c);
    }

    private static String ballotPath(UUID cycle) {
        return "/api/budget/cycles/" + cycle + "/voting/my-ballot";
    }

    @Test
    void fullJourneyFromBallotsToPublishedResultsAndImplementation() throws Exception {
        Vote vote = votingCycle("GREEDY", Map.of("kind", "APPROVAL", "maxProjects", 2));
        given().get("/api/budget/cycles/" + vote.cycle() + "/voting/ballot-paper").then().statusCode(200)
                .body("projects.size()", equalTo(3)).body("rules.maxProjects", equalTo(2));

        as("aigerim").body(Map.of("projects", List.of(vote.a(), vote.b()))).put(ballotPath(vote.cycle()))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/ballot-rules"))
                .body("errors.field", hasItem("OVER_BUDGET"));
        as("aigerim").body(Map.of("projects", List.of(vote.a(), vote.b(), vote.c()))).put(ballotPath(vote.cycle()))
                .then().statusCode(422).body("errors.field", hasItems("TOO_MANY_PROJECTS", "OVER_BUDGET"));
        as("aigerim").body(Map.of("projects", List.of(vote.a(), vote.c()))).put(ballotPath(vote.cycle()))
                .then().statusCode(200).body("revision", equalTo(1)).body("totalCost", equalTo(9_000_000));
        as("aigerim").body(Map.of("projects", List.of(vote.b(), vote.c()))).put(ballotPath(vote.cycle()))
                .then().statusCode(200).body("revision", equalTo(2));
        as("aigerim").get(ballotPath(vote.cycle())).then().statusCode(200)
                .body("voted", equalTo(true)).body("choices." + vote.b(), equalTo(1)).body("choices." + vote.a(), nullValue());
        as("daniyar").body(Map.of("projects", List.of(vote.c()))).put(ballotPath(vote.cycle())).then().statusCode(403);
        as("timur").body(Map.of("projects", List.of(vote.c()))).put(ballotPath(vote.cycle())).then().statusCode(403);
        assertThat(count("select count(*) from ballot_revision where cycle_id = ?", vote.cycle())).isEqualTo(2);

        String batches = "/api/budget/cycles/" + vote.cycle() + "/voting/paper-batches";
        Map<String, Object> batch = Map.of("label", "Polling station 12, protocol 1", "spoiled", 1, "ballots", List.of(
                Map.of("projects", List.of(vote.a())), Map.of("projects", List.of(vote.a())),
                Map.of("projects", List.of(vote.a(), vote.c()))));
        as("official.astana").body(batch).post(batches).then().statusCode(403);
        as("aigerim").body(batch).post(batches).then().statusCode(403);
        as("official.bostandyk").body(Map.of("label", "bad", "ballots", List.of(
                        Map.of("projects", List.of(vote.a())), Map.of("projects", List.of(vote.a(), vote.b())))))
                .post(batches).then().statusCode(422).body("detail", containsString("ballots[1]"));
        as("official.bostandyk").body(batch).post(batches).then().statusCode(201)
                .body("ballots", equalTo(3)).body("enteredBy", org.hamcrest.Matchers.notNullValue())
                .body("totals." + vote.a(), equalTo(3));
        as("official.bostandyk").body(batch).post(batches).then().statusCode(409);
        as("official.bostandyk").get(batches).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].label", equalTo("Polling station 12, protocol 1")).body("[0].spoiled", equalTo(1));

        advance(vote.cycle(), "official.bostandyk", "TALLYING");
        as("aigerim").body(Map.of("projects", List.of(vote.c()))).put(ballotPath(vote.cycle()))
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/phase-closed"));
        given().get("/api/budget/cycles/" + vote.cycle() + "/results").then().statusCode(404);
        as("official.bostandyk").get("/api/budget/cycles/" + vote.cycle() + "/results").then().statusCode(200)
                .body("publishedAt", nullValue());

        advance(vote.cycle(), "official.bostandyk", "RESULTS");
        JsonPath results = given().get("/api/budget/cycles/" + vote.cycle() + "/results").then().statusCode(200)
                .extract().jsonPath();
        // Votes: A 3 (paper), C 2 (1 online + 1 paper), B 1 (online). Greedy: A (6M), C (3M); B no longer fits 1M.
        assertThat(results.getList("chosen.funded", String.class)).containsExactly(vote.a().toString(), vote.c().toString());
        assertThat(results.getLong("chosen.spent")).isEqualTo(9_000_000L);
        assertThat(results.getLong("ballots.online")).isEqualTo(1);
        assertThat(results.getLong("ballots.paper")).isEqualTo(3);
        assertThat(results.getLong("ballots.spoiledPaper")).isEqualTo(1);
        assertThat(results.getString("comparison.rule")).isEqualTo("EQUAL_SHARES");
        String b = "projects.find { it.proposalId == '" + vote.b() + "' }";
        assertThat(results.getBoolean(b + ".funded")).isFalse();
        assertThat(results.getString(b + ".why.kind")).isEqualTo("greedy");
        assertThat(results.getLong(b + ".why.remainingBefore")).isEqualTo(1_000_000L);
        String c = "projects.find { it.proposalId == '" + vote.c() + "' }";
        assertThat(results.getLong(c + ".onlineVotes")).isEqualTo(1);
        assertThat(results.getLong(c + ".paperVotes")).isEqualTo(1);
        assertThat(results.getString(c + ".whyUnderComparison.kind")).startsWith("equal-shares");

        ConsumerRecord<String, String> published = BudgetFixtures.event(kafka, "dauys.budget", vote.cycle().toString(),
                "kz.dauys.budget.results.published.v1");
        JsonPath event = JsonPath.from(published.value());
        assertThat(event.getList("funded.proposalId", String.class)).containsExactly(vote.a().toString(), vote.c().toString());
        assertThat(event.getLong("ballots")).isEqualTo(4);
        assertThat(event.getString("territoryCode")).isEqualTo(BOSTANDYK);

        String progress = "/api/budget/cycles/" + vote.cycle() + "/implementation";
        Map<String, Object> note = Map.of("status", "IN_PROGRESS", "percent", 40, "note", "Contractor chosen, works started");
        as("aigerim").body(note).post(progress + "/" + vote.a()).then().statusCode(403);
        as("official.bostandyk").body(note).post(progress + "/" + vote.b()).then().statusCode(422)
                .body("type", equalTo("https://dauys.kz/problems/not-funded"));
        as("official.bostandyk").body(Map.of("status", "COMPLETED", "percent", 50, "note", "?"))
                .post(progress + "/" + vote.a()).then().statusCode(400);
        as("official.bostandyk").body(note).post(progress + "/" + vote.a()).then().statusCode(200);
        given().get(progress).then().statusCode(200).body("size()", equalTo(2))
                .body("find { it.proposalId == '" + vote.a() + "' }.status", equalTo("IN_PROGRESS"))
                .body("find { it.proposalId == '" + vote.a() + "' }.percent", equalTo(40))
                .body("find { it.proposalId == '" + vote.c() + "' }.status", equalTo("PLANNED"));

        publishAssemblyDecision(vote.cycle());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/api/budget/cycles/" + vote.cycle()).path("assemblyDecisions.size()").equals(1));
        given().get("/api/budget/cycles/" + vote.cycle()).then()
                .body("assemblyDecisions[0].result", equalTo("ADOPTED"))
                .body("assemblyDecisions[0].bodyName", equalTo("Almaty city maslikhat"));
    }

    @Test
    void concurrentDoubleVotingBySamePersonLeavesExactlyOneBallot() throws Exception {
        Vote vote = votingCycle("EQUAL_SHARES", Map.of("kind", "APPROVAL"));
        String token = kz.dauys.testsupport.KeycloakTokens.accessToken("aigerim");
        List<UUID> choices = List.of(vote.a(), vote.c());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                tasks.add(() -> given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("projects", choices)).put(ballotPath(vote.cycle())).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from ballot where cycle_id = ? and channel = 'ONLINE'", vote.cycle())).isEqualTo(1);
        assertThat(count("select count(*) from ballot_revision where cycle_id = ?", vote.cycle())).isEqualTo(8);
        assertThat(count("select count(*) from ballot_choice c join ballot b on b.id = c.ballot_id where b.cycle_id = ?",
                vote.cycle())).isEqualTo(2);
        as("aigerim").get(ballotPath(vote.cycle())).then().body("revision", equalTo(8));
    }

    @Test
    void cumulativeAndMinimumShareRulesNameTheRuleBroken() {
        Vote points = votingCycle("GREEDY", Map.of("kind", "CUMULATIVE", "maxPoints", 5, "maxPointsPerProject", 3));
        as("aigerim").body(Map.of("points", Map.of(points.a().toString(), 4))).put(ballotPath(points.cycle()))
                .then().statusCode(422).body("errors.field", hasItem("TOO_MANY_POINTS_FOR_PROJECT"));
        as("aigerim").body(Map.of("points", Map.of(points.a().toString(), 3, points.b().toString(), 3)))
                .put(ballotPath(points.cycle())).then().statusCode(422).body("errors.field", hasItem("TOO_MANY_POINTS"));
        as("aigerim").body(Map.of("projects", List.of(points.a()))).put(ballotPath(points.cycle()))
                .then().statusCode(422).body("errors.field", hasItem("POINTS_REQUIRED"));
        as("aigerim").body(Map.of("points", Map.of(points.a().toString(), 3, points.b().toString(), 2)))
                .put(ballotPath(points.cycle())).then().statusCode(200).body("choices." + points.a(), equalTo(3));

        Vote share = votingCycle("GREEDY", Map.of("kind", "APPROVAL", "minProjects", 1, "minBudgetSharePercent", 50));
        as("aigerim").body(Map.of("projects", List.of(share.c()))).put(ballotPath(share.cycle()))
                .then().statusCode(422).body("errors.field", hasItem("BELOW_MINIMUM_SHARE"))
                .body("detail", containsString("The ballot breaks the cycle's rules"));
        as("aigerim").body(Map.of("projects", List.of())).put(ballotPath(share.cycle()))
                .then().statusCode(422).body("errors.field", hasItem("TOO_FEW_PROJECTS"));
        as("aigerim").body(Map.of("projects", List.of(UUID.randomUUID()))).put(ballotPath(share.cycle()))
                .then().statusCode(422).body("errors.field", hasItem("UNKNOWN_PROJECT"));
        as("aigerim").body(Map.of("projects", List.of(share.a()))).put(ballotPath(share.cycle())).then().statusCode(200);
    }

    private static void publishAssemblyDecision(UUID cycle) {
        String json = """
                {"bodyId":"maslikhat-almaty","bodyName":"Almaty city maslikhat","sessionId":"s-1","itemId":"%s",
                 "relatedKind":"BUDGET_CYCLE","relatedId":"%s","result":"ADOPTED","decisionText":"Approve the funded projects",
                 "votesFor":30,"votesAgainst":2,"abstentions":1,"decidedAt":"%s","link":"/assembly/items/1"}"""
                .formatted(UUID.randomUUID(), cycle, Instant.now());
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            ProducerRecord<String, String> record = new ProducerRecord<>("dauys.assembly", null, cycle.toString(), json,
                    List.of(header("ce_specversion", "1.0"), header("ce_id", eventId),
                            header("ce_type", "kz.dauys.assembly.decision.recorded.v1"),
                            header("ce_source", "/services/assembly"), header("ce_subject", cycle.toString())));
            kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(20));
        }
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static long count(String sql, UUID id) throws Exception {
        try (Connection connection = TestDatabase.connect("dauys_budget_test");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
