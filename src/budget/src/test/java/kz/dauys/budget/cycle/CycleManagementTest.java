package kz.dauys.budget.cycle;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.budget.support.BudgetFixtures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.budget.support.BudgetFixtures.BOSTANDYK;
import static kz.dauys.budget.support.BudgetFixtures.as;
import static kz.dauys.budget.support.BudgetFixtures.cycleBody;
import static kz.dauys.budget.support.BudgetFixtures.today;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/** Opening, changing and advancing cycles, per role, with real Keycloak tokens. */
@QuarkusTest
class CycleManagementTest {

    private static final Map<String, Object> APPROVAL = Map.of("kind", "APPROVAL");

    @Inject
    PhaseSchedule schedule;

    @Test
    void districtOfficialOpensCycleInProposalsPhase() {
        as("official.bostandyk").body(cycleBody(BOSTANDYK, 50_000_000, "EQUAL_SHARES", APPROVAL))
                .post("/api/budget/cycles")
                .then().statusCode(201)
                .body("phase", equalTo("PROPOSALS"))
                .body("territory.code", equalTo(BOSTANDYK))
                .body("territory.name.en", containsString("Bostandyk"))
                .body("allowed", hasItems("SUBMIT_PROPOSAL", "SUPPORT_PROPOSAL"))
                .body("allowed", not(hasItem("VOTE")))
                .body("viewer.canManage", equalTo(true))
                .body("ballotRules.kind", equalTo("APPROVAL"));
    }

    @Test
    void cityOfficialManagesDistrictCycleButOtherRegionsOfficialCannot() {
        UUID cycle = BudgetFixtures.openCycle("official.almaty", BOSTANDYK, 10_000_000, "GREEDY", APPROVAL);
        as("official.astana").body(cycleBody(BOSTANDYK, 10_000_000, "GREEDY", APPROVAL))
                .post("/api/budget/cycles")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("KZ-71"));
        as("official.astana").body(Map.of()).post("/api/budget/cycles/" + cycle + "/advance")
                .then().statusCode(403).contentType("application/problem+json");
        as("official.astana").get("/api/budget/cycles/" + cycle).then().statusCode(200).body("viewer.canManage", equalTo(false));
        as("official.bostandyk").body(Map.of()).post("/api/budget/cycles/" + cycle + "/advance")
                .then().statusCode(200).body("phase", equalTo("REVIEW"));
    }

    @Test
    void adminCitizenAndAnonymousCannotManage() {
        as("admin").body(cycleBody(BOSTANDYK, 1_000_000, "GREEDY", APPROVAL)).post("/api/budget/cycles")
                .then().statusCode(403).contentType("application/problem+json");
        as("aigerim").body(cycleBody(BOSTANDYK, 1_000_000, "GREEDY", APPROVAL)).post("/api/budget/cycles")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(cycleBody(BOSTANDYK, 1_000_000, "GREEDY", APPROVAL))
                .post("/api/budget/cycles").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void citizenSeesWhetherSheCanTakePart() {
        UUID cycle = BudgetFixtures.openCycle("official.bostandyk", BOSTANDYK, 1_000_000, "GREEDY", APPROVAL);
        as("aigerim").get("/api/budget/cycles/" + cycle).then().statusCode(200)
                .body("viewer.canTakePart", equalTo(true)).body("viewer.canManage", equalTo(false));
        as("daniyar").get("/api/budget/cycles/" + cycle).then().body("viewer.canTakePart", equalTo(false));
        as("timur").get("/api/budget/cycles/" + cycle).then().body("viewer.canTakePart", equalTo(false));
        given().get("/api/budget/cycles/" + cycle).then().statusCode(200).body("viewer.canTakePart", equalTo(false));
    }

    @Test
    void invalidInputIsProblemAndStoresNothing() {
        Map<String, Object> body = new HashMap<>(cycleBody(BOSTANDYK, 1_000_000, "GREEDY", APPROVAL));
        Map<String, Object> dates = new HashMap<>(BudgetFixtures.openDates());
        dates.put("votingFrom", today().plusDays(5).toString());
        dates.put("reviewFrom", today().plusDays(5).toString());
        body.put("phases", dates);
        as("official.bostandyk").body(body).post("/api/budget/cycles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("phases.votingFrom"));

        as("official.bostandyk").body(cycleBody("KZ-75-NOWHERE", 1_000_000, "GREEDY", APPROVAL)).post("/api/budget/cycles")
                .then().statusCode(400).body("errors[0].field", equalTo("territoryCode"));
        as("official.bostandyk").body(cycleBody(BOSTANDYK, -5, "GREEDY", APPROVAL)).post("/api/budget/cycles")
                .then().statusCode(400).body("errors[0].field", containsString("budget"));
        as("official.bostandyk").body(cycleBody(BOSTANDYK, 1_000_000, "GREEDY",
                        Map.of("kind", "APPROVAL", "minProjects", 5, "maxProjects", 2)))
                .post("/api/budget/cycles").then().statusCode(400).body("detail", containsString("minProjects"));
        as("official.bostandyk").body(cycleBody(BOSTANDYK, 1_000_000, "GREEDY", Map.of("kind", "CUMULATIVE")))
                .post("/api/budget/cycles").then().statusCode(400).body("detail", containsString("maxPoints"));
        as("official.bostandyk").body("{\"territoryCode\": ").post("/api/budget/cycles").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void phasesOnlyMoveForward() {
        UUID cycle = BudgetFixtures.openCycle("official.bostandyk", BOSTANDYK, 1_000_000, "GREEDY", APPROVAL);
        as("official.bostandyk").body(Map.of("to", "VOTING")).post("/api/budget/cycles/" + cycle + "/advance")
                .then().statusCode(200).body("phase", equalTo("VOTING")).body("allowed", hasItems("VOTE", "ENTER_PAPER_BALLOTS"));
        as("official.bostandyk").body(Map.of("to", "REVIEW")).post("/api/budget/cycles/" + cycle + "/advance")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/phase-backwards"));
        as("official.bostandyk").body(cycleBody(BOSTANDYK, 2_000_000, "GREEDY", APPROVAL)).put("/api/budget/cycles/" + cycle)
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/cycle-locked"));
    }

    @Test
    void scheduleAdvancesCyclesByTheirDates() {
        UUID cycle = BudgetFixtures.openCycle("official.bostandyk", BOSTANDYK, 1_000_000, "GREEDY", APPROVAL);
        Map<String, Object> body = new HashMap<>(cycleBody(BOSTANDYK, 1_000_000, "GREEDY", APPROVAL));
        Map<String, Object> dates = new HashMap<>(BudgetFixtures.openDates());
        dates.put("proposalsFrom", today().minusDays(10).toString());
        dates.put("reviewFrom", today().minusDays(1).toString());
        body.put("phases", dates);
        as("official.bostandyk").body(body).put("/api/budget/cycles/" + cycle).then().statusCode(200)
                .body("phase", equalTo("PROPOSALS"));

        schedule.advanceDueCycles();

        given().get("/api/budget/cycles/" + cycle).then().statusCode(200)
                .body("phase", equalTo("REVIEW"))
                .body("allowed", hasItem("REVIEW_PROPOSAL"))
                .body("allowed", not(hasItem("SUBMIT_PROPOSAL")));
    }
}
