package kz.dauys.budget.proposal;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.restassured.path.json.JsonPath;
import kz.dauys.budget.support.BudgetFixtures;
import kz.dauys.testsupport.TestDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.budget.support.BudgetFixtures.BOSTANDYK;
import static kz.dauys.budget.support.BudgetFixtures.approve;
import static kz.dauys.budget.support.BudgetFixtures.as;
import static kz.dauys.budget.support.BudgetFixtures.proposalBody;
import static kz.dauys.budget.support.BudgetFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Proposals from submission through moderation (real broker) to review, per role with real tokens. */
@QuarkusTest
class ProposalJourneyTest {

    private static KafkaCompanion kafka;

    @BeforeAll
    static void connect() {
        kafka = BudgetFixtures.kafka();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    private static UUID openCycle() {
        return BudgetFixtures.openCycle("official.bostandyk", BOSTANDYK, 30_000_000, "GREEDY", Map.of("kind", "APPROVAL"));
    }

    @Test
    void submittedProposalGoesToModerationAndIsPublicOnlyOnceApproved() {
        UUID cycle = openCycle();
        UUID proposal = submit(cycle, "aigerim", "Skate park near the river", 8_000_000);

        ConsumerRecord<String, String> event = BudgetFixtures.event(kafka, "dauys.budget", proposal.toString(),
                "kz.dauys.budget.proposal.submitted.v1");
        assertThat(header(event, "ce_type")).isEqualTo("kz.dauys.budget.proposal.submitted.v1");
        JsonPath payload = JsonPath.from(event.value());
        assertThat(payload.getString("moderation.kind")).isEqualTo("BUDGET_PROPOSAL");
        assertThat(payload.getString("moderation.originService")).isEqualTo("budget");
        assertThat(payload.getString("moderation.title")).isEqualTo("Skate park near the river");
        assertThat(payload.getString("moderation.authorDisplayName")).isEqualTo("Айгерім С.");
        assertThat(payload.getString("cycleId")).isEqualTo(cycle.toString());
        assertThat(payload.getLong("estimatedCost")).isEqualTo(8_000_000L);
        assertThat(event.value()).doesNotContain("950314401237");

        given().get("/api/budget/proposals/" + proposal).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/budget/cycles/" + cycle + "/proposals").then().body("total", equalTo(0));
        as("aigerim").get("/api/budget/proposals/mine").then().statusCode(200)
                .body("items.proposal.id", hasItem(proposal.toString()));

        String eventId = UUID.randomUUID().toString();
        BudgetFixtures.decide(kafka, proposal, "APPROVE", "Meets the rules", eventId);
        BudgetFixtures.decide(kafka, proposal, "APPROVE", "Meets the rules", eventId);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/budget/proposals/" + proposal).statusCode() == 200);
        given().get("/api/budget/cycles/" + cycle + "/proposals").then().body("total", equalTo(1))
                .body("items[0].title", equalTo("Skate park near the river"))
                .body("items[0].authorName", equalTo("Айгерім С."));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() ->
                count("select count(*) from proposal_decision where proposal_id = ? and kind = 'MODERATION_APPROVED'", proposal) == 1);
    }

    @Test
    void moderationHidingOrRejectingTakesProposalsOutOfPublicView() {
        UUID cycle = openCycle();
        UUID hidden = submit(cycle, "aigerim", "A proposal reported later", 1_000_000);
        UUID rejected = submit(cycle, "aigerim", "Advertising for my shop", 1_000_000);
        approve(kafka, hidden);
        BudgetFixtures.decide(kafka, hidden, "HIDE", "Reported and under review");
        BudgetFixtures.decide(kafka, rejected, "REJECT", "Commercial advertising is not a public project");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/budget/proposals/" + hidden).statusCode() == 404);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "REJECTED".equals(as("aigerim").get("/api/budget/proposals/" + rejected).path("moderation")));
        given().get("/api/budget/proposals/" + rejected).then().statusCode(404);
        given().get("/api/budget/cycles/" + cycle + "/proposals").then().body("total", equalTo(0));
        as("aigerim").get("/api/budget/proposals/" + rejected).then()
                .body("moderationReason", equalTo("Commercial advertising is not a public project"))
                .body("editable", equalTo(false));
        as("official.bostandyk").body(Map.of("feasible", true, "reason", "ok"))
                .post("/api/budget/proposals/" + hidden + "/review").then().statusCode(422)
                .body("type", equalTo("https://dauys.kz/problems/proposal-not-published"));
    }

    @Test
    void onlyAdultResidentsOfTheTerritoryPropose() {
        UUID cycle = openCycle();
        as("daniyar").body(proposalBody("Medeu wants this", 1_000_000)).post("/api/budget/cycles/" + cycle + "/proposals")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("KZ-75-MEDEU"));
        as("timur").body(proposalBody("A minor's idea", 1_000_000)).post("/api/budget/cycles/" + cycle + "/proposals")
                .then().statusCode(403).body("detail", containsString("18"));
        given().contentType("application/json").body(proposalBody("Anonymous", 1_000_000))
                .post("/api/budget/cycles/" + cycle + "/proposals").then().statusCode(401);
    }

    @Test
    void invalidProposalIsRejectedAndNothingStored() throws Exception {
        UUID cycle = openCycle();
        Map<String, Object> body = new HashMap<>(proposalBody("Bad link", 1_000_000));
        body.put("attachments", List.of("javascript:alert(1)"));
        as("aigerim").body(body).post("/api/budget/cycles/" + cycle + "/proposals")
                .then().statusCode(400).body("errors[0].field", equalTo("attachments[0]"));
        body.put("attachments", List.of());
        body.put("estimatedCost", 99_000_000_000L);
        as("aigerim").body(body).post("/api/budget/cycles/" + cycle + "/proposals")
                .then().statusCode(400).body("errors[0].field", equalTo("estimatedCost"));
        body.put("estimatedCost", 1000);
        body.put("category", "spaceships");
        as("aigerim").body(body).post("/api/budget/cycles/" + cycle + "/proposals")
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        body.put("category", "parks");
        body.put("title", " ");
        as("aigerim").body(body).post("/api/budget/cycles/" + cycle + "/proposals").then().statusCode(400);
        assertThat(count("select count(*) from proposal where cycle_id = ?", cycle)).isZero();
    }

    @Test
    void residentsSupportOncePerPersonDuringProposals() {
        UUID cycle = openCycle();
        UUID proposal = submit(cycle, "aigerim", "Benches in the park", 2_000_000);
        approve(kafka, proposal);
        as("aigerim").post("/api/budget/proposals/" + proposal + "/support").then().statusCode(200)
                .body("supporters", equalTo(1)).body("added", equalTo(true));
        as("aigerim").post("/api/budget/proposals/" + proposal + "/support").then().statusCode(200)
                .body("supporters", equalTo(1)).body("added", equalTo(false));
        as("daniyar").post("/api/budget/proposals/" + proposal + "/support").then().statusCode(403);
        BudgetFixtures.advance(cycle, "official.bostandyk", "REVIEW");
        as("aigerim").delete("/api/budget/proposals/" + proposal + "/support").then().statusCode(422)
                .body("type", equalTo("https://dauys.kz/problems/phase-closed"));
    }

    @Test
    void officialsReviewWithReasonsAndAuthorSeesEveryDecision() {
        UUID cycle = openCycle();
        UUID proposal = submit(cycle, "aigerim", "Lighting on Timiryazev street", 5_000_000);
        approve(kafka, proposal);

        as("official.bostandyk").body(Map.of("feasible", false)).post("/api/budget/proposals/" + proposal + "/review")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        as("official.astana").body(Map.of("feasible", true, "reason", "ok")).post("/api/budget/proposals/" + proposal + "/review")
                .then().statusCode(403);
        as("aigerim").body(Map.of("feasible", true, "reason", "mine")).post("/api/budget/proposals/" + proposal + "/review")
                .then().statusCode(403);
        as("official.bostandyk").body(Map.of("feasible", true, "reason", "The akimat's engineers checked the site",
                        "officialCost", 6_500_000))
                .post("/api/budget/proposals/" + proposal + "/review").then().statusCode(200)
                .body("proposal.cost", equalTo(6_500_000)).body("proposal.review", equalTo("FEASIBLE"));

        as("aigerim").get("/api/budget/proposals/mine").then().statusCode(200)
                .body("items.find { it.proposal.id == '" + proposal + "' }.decisions.kind",
                        equalTo(List.of("SUBMITTED", "MODERATION_APPROVED", "COST_ESTIMATED", "FEASIBLE")))
                .body("items.find { it.proposal.id == '" + proposal + "' }.decisions[2].details",
                        containsString("6500000"));
        given().get("/api/budget/proposals/" + proposal).then().statusCode(200)
                .body("reviewReason", equalTo("The akimat's engineers checked the site"))
                .body("officialCost", equalTo(6_500_000)).body("estimatedCost", equalTo(5_000_000));
    }

    @Test
    void mergingDuplicatesMovesSupportersToTheSurvivor() {
        UUID cycle = openCycle();
        UUID survivor = submit(cycle, "aigerim", "Playground on Rozybakiev", 3_000_000);
        UUID duplicate = submit(cycle, "aigerim", "Children's playground Rozybakiev st.", 3_200_000);
        approve(kafka, survivor);
        approve(kafka, duplicate);
        as("aigerim").post("/api/budget/proposals/" + duplicate + "/support").then().statusCode(200);

        as("official.bostandyk").body(Map.of("into", survivor.toString(), "reason", "Same playground"))
                .post("/api/budget/proposals/" + duplicate + "/merge").then().statusCode(200)
                .body("proposal.supporters", equalTo(1))
                .body("decisions.kind", hasItem("ABSORBED_DUPLICATE"));
        given().get("/api/budget/proposals/" + duplicate).then().statusCode(200)
                .body("review", equalTo("MERGED")).body("mergedInto", equalTo(survivor.toString())).body("supporters", equalTo(0));
        given().get("/api/budget/cycles/" + cycle + "/proposals").then()
                .body("items.id", not(hasItem(duplicate.toString()))).body("items.id", hasItem(survivor.toString()));
        as("aigerim").get("/api/budget/proposals/" + duplicate).then()
                .body("decisions.find { it.kind == 'MERGED_INTO_ANOTHER' }.reason", equalTo("Same playground"));
        as("official.bostandyk").body(Map.of("into", survivor.toString(), "reason", "again"))
                .post("/api/budget/proposals/" + duplicate + "/merge").then().statusCode(422);
    }

    @Test
    void moderationRequestingChangesLetsTheAuthorResubmit() {
        UUID cycle = openCycle();
        UUID proposal = submit(cycle, "aigerim", "Fix everything", 1_000_000);
        BudgetFixtures.decide(kafka, proposal, "REQUEST_CHANGES", "Please describe one concrete project");
        await().atMost(Duration.ofSeconds(30)).until(() -> as("aigerim").get("/api/budget/proposals/" + proposal)
                .path("moderation").equals("CHANGES_REQUESTED"));
        as("daniyar").body(proposalBody("Hijack", 1_000)).put("/api/budget/proposals/" + proposal).then().statusCode(403);
        as("aigerim").body(proposalBody("Resurface the pavement on Zharokov street", 1_500_000))
                .put("/api/budget/proposals/" + proposal).then().statusCode(200)
                .body("moderation", equalTo("PENDING"))
                .body("decisions.kind", hasItem("MODERATION_CHANGES_REQUESTED"))
                .body("decisions.find { it.kind == 'MODERATION_CHANGES_REQUESTED' }.reason",
                        equalTo("Please describe one concrete project"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from outbox_event where event_key = cast(? as text) and payload -> 'moderation' ->> 'resubmission' = 'true'",
                proposal) == 1);
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

    private static String header(ConsumerRecord<String, String> record, String name) {
        return BudgetFixtures.header(record, name);
    }
}
