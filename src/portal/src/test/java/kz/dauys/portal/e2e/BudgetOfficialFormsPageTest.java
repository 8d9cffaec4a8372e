package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import kz.dauys.portal.e2e.PortalSession.Page;
import kz.dauys.testsupport.KeycloakTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static kz.dauys.portal.e2e.PortalSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The budget official's forms over the real budget service, signed in through the real Keycloak: official.bostandyk
 * opens a cycle and changes it, enters paper ballots, counts the results again during tallying and records the
 * progress of a funded project; each form refused by the portal or by the service comes back with a readable reason
 * and what was typed; residents and officials of another territory get the 403 page.
 */
@QuarkusTest
class BudgetOfficialFormsPageTest {

    private static final Pattern CYCLE_ID = Pattern.compile("/official/budget/cycles/([0-9a-f-]{36})\\?done=opened");

    @Test
    void anOfficialRunsACycleFromOpeningToImplementation() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        PortalSession official = PortalSession.signIn("official.bostandyk");

        assertThat(official.get("/official/budget").body()).contains("href=\"/official/budget-cycles/new\"");
        Page form = official.get("/official/budget-cycles/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"KZ-75-BOSTANDYK\"", "name=\"proposalsFrom\"", "value=\"GREEDY\" checked");

        Map<String, String> cycle = fields("territoryCode", "KZ-75-BOSTANDYK", "titleKk", "", "titleRu", "", "titleEn", "",
                "budget", "10 000 000", "proposalsFrom", today.plusDays(30).toString(), "reviewFrom", today.plusDays(40).toString(),
                "votingFrom", today.plusDays(50).toString(), "tallyingFrom", today.plusDays(60).toString(),
                "resultsFrom", today.plusDays(70).toString(), "implementationFrom", today.plusDays(80).toString(),
                "outcomeRule", "GREEDY", "utility", "COST", "ballotKind", "APPROVAL");
        Page refused = official.post("/official/budget-cycles/new", cycle);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "Fill in the territory, a title in at least one language",
                "value=\"10 000 000\"");

        cycle.put("titleEn", "Courtyards " + tag);
        cycle.put("reviewFrom", today.plusDays(20).toString());
        refused = official.post("/official/budget-cycles/new", cycle);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The budget service did not accept this", "must come after proposalsFrom",
                "value=\"Courtyards " + tag + "\"");

        cycle.put("reviewFrom", today.plusDays(40).toString());
        cycle.put("territoryCode", "KZ-71");
        refused = official.post("/official/budget-cycles/new", cycle);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You do not manage this territory&#39;s budget.");

        cycle.put("territoryCode", "KZ-75-BOSTANDYK");
        Page opened = official.post("/official/budget-cycles/new", cycle);
        assertThat(opened.status()).isEqualTo(303);
        Matcher id = CYCLE_ID.matcher(opened.location());
        assertThat(id.find()).as(opened.location()).isTrue();
        String cycleId = id.group(1);
        String desk = "/official/budget/cycles/" + cycleId;
        String setup = "/official/budget-cycles/" + cycleId;
        String counting = "/official/budget-counting/" + cycleId;
        assertThat(official.get(desk + "?done=opened").body()).contains("The cycle is open.", "href=\"" + setup + "/edit\"");

        Page edit = official.get(setup + "/edit");
        assertThat(edit.body()).contains("value=\"Courtyards " + tag + "\"", "value=\"10000000\"", "readonly");
        cycle.put("budget", "12 000 000");
        cycle.put("titleRu", "Дворы " + tag);
        assertThat(official.post(setup + "/edit", cycle).location()).endsWith(desk + "?done=saved");
        assertThat(budget("official.bostandyk").get("/api/budget/cycles/" + cycleId).then().statusCode(200)
                .extract().<Integer>path("budget")).isEqualTo(12_000_000);

        budget("official.bostandyk").body("{\"to\": \"PROPOSALS\"}").post("/api/budget/cycles/" + cycleId + "/advance").then().statusCode(200);
        String trees = propose(cycleId, "Shade trees " + tag, 4_500_000);
        String lights = propose(cycleId, "Lit footpath " + tag, 7_000_000);
        for (String proposal : List.of(trees, lights)) {
            approveInModeration(proposal);
            budget("official.bostandyk").body("{\"feasible\": true, \"reason\": \"Feasible on municipal land.\"}")
                    .post("/api/budget/proposals/" + proposal + "/review").then().statusCode(200);
        }
        for (String phase : List.of("REVIEW", "VOTING")) {
            budget("official.bostandyk").body("{\"to\": \"" + phase + "\"}").post("/api/budget/cycles/" + cycleId + "/advance")
                    .then().statusCode(200);
        }
        assertThat(official.post(setup + "/edit", cycle).body()).contains("The budget service did not accept this");

        PortalSession resident = PortalSession.signIn("aigerim");
        assertThat(resident.get("/me").body()).contains("My ballots in participatory budgets")
                .doesNotContain("Courtyards " + tag);
        budget("aigerim").body("{\"projects\": [\"" + trees + "\"]}").put("/api/budget/cycles/" + cycleId + "/voting/my-ballot")
                .then().statusCode(200);
        assertThat(resident.get("/me").body()).contains("href=\"/budget/cycles/" + cycleId + "/vote\"", "Courtyards " + tag,
                "1 projects, 4,500,000 ₸", "version 1");

        Page paper = official.get(counting + "/paper-ballots");
        assertThat(paper.status()).isEqualTo(200);
        assertThat(paper.body()).contains("Shade trees " + tag, "Lit footpath " + tag, "name=\"ballots\"");
        int treesNumber = paper.body().indexOf("Shade trees " + tag) < paper.body().indexOf("Lit footpath " + tag) ? 1 : 2;
        int lightsNumber = 3 - treesNumber;
        refused = official.post(counting + "/paper-ballots", fields("label", "", "ballots", "1", "spoiled", "0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Give the batch label");
        refused = official.post(counting + "/paper-ballots", fields("label", "Station 12", "ballots", "1\n1, 3", "spoiled", "1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("not on the ballot paper", "See line 2.", "1, 3</textarea>", "value=\"Station 12\"");

        Page entered = official.post(counting + "/paper-ballots", fields("label", "Station 12",
                "ballots", "2 x " + treesNumber + ", " + lightsNumber + "\n" + treesNumber, "spoiled", "1"));
        assertThat(entered.location()).endsWith(counting + "/paper-ballots?done=entered");
        assertThat(official.get(counting + "/paper-ballots?done=entered").body()).contains("The paper ballots are counted.",
                "<th scope=\"row\">Station 12</th><td>3</td><td>1</td>");
        Map<String, Integer> totals = budget("official.bostandyk").get("/api/budget/cycles/" + cycleId + "/voting/paper-batches")
                .then().statusCode(200).extract().path("[0].totals");
        assertThat(totals).containsEntry(trees, 3).containsEntry(lights, 2);
        refused = official.post(counting + "/paper-ballots", fields("label", "Station 12", "ballots", "" + treesNumber));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("This was done already, or the cycle changed meanwhile.");

        budget("official.bostandyk").body("{\"to\": \"TALLYING\"}").post("/api/budget/cycles/" + cycleId + "/advance").then().statusCode(200);
        assertThat(official.get(desk).body()).contains("action=\"" + counting + "/recount\"");
        assertThat(official.post(counting + "/recount", Map.of()).location()).endsWith(desk + "?done=recounted");
        assertThat(official.get(desk + "?done=recounted").body()).contains("The results are counted again.");
        assertThat(budget("official.bostandyk").get("/api/budget/cycles/" + cycleId + "/results").then().statusCode(200)
                .extract().<Integer>path("ballots.paper")).isEqualTo(3);

        budget("official.bostandyk").body("{\"to\": \"RESULTS\"}").post("/api/budget/cycles/" + cycleId + "/advance").then().statusCode(200);
        assertThat(official.post(counting + "/recount", Map.of()).location()).contains("?error=");
        String progress = counting + "/implementation";
        Page projects = official.get(progress);
        assertThat(projects.body()).contains("Shade trees " + tag, "action=\"" + progress + "/" + trees + "\"");
        refused = official.post(progress + "/" + trees, fields("status", "IN_PROGRESS", "percent", "150", "note", "Trees bought."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("give the percent done (0 to 100)", "Trees bought.</textarea>");
        refused = official.post(progress + "/" + trees, fields("status", "COMPLETED", "percent", "50", "note", "Trees planted."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("A COMPLETED project is 100 % done", "Trees planted.</textarea>");
        assertThat(official.post(progress + "/" + trees, fields("status", "IN_PROGRESS", "percent", "40", "note", "Trees bought."))
                .location()).endsWith(progress + "?done=saved");
        assertThat(official.get(progress).body()).contains("Trees bought.", "40%");
        assertThat(budget("official.bostandyk").get("/api/budget/cycles/" + cycleId + "/implementation").then().statusCode(200)
                .extract().<List<String>>path("status")).contains("IN_PROGRESS");

        for (String page : List.of("/official/budget-cycles/new", setup + "/edit", counting + "/paper-ballots", progress)) {
            Page forbidden = resident.get(page);
            assertThat(forbidden.status()).as(page).isEqualTo(403);
            assertThat(forbidden.body()).contains("You do not have access to this page");
        }
        PortalSession astana = PortalSession.signIn("official.astana");
        for (String page : List.of(setup + "/edit", counting + "/paper-ballots", progress)) {
            assertThat(astana.get(page).status()).as(page).isEqualTo(403);
        }
        assertThat(astana.post(progress + "/" + trees, fields("status", "IN_PROGRESS", "percent", "90", "note", "Not mine."))
                .status()).isEqualTo(403);
    }

    private static String propose(String cycleId, String title, long cost) {
        String body = """
                {"title": "%s", "description": "A project for the residents of the district, costed by the author.",
                 "category": "parks", "language": "en", "estimatedCost": %d}
                """.formatted(title, cost);
        return budget("aigerim").body(body).post("/api/budget/cycles/" + cycleId + "/proposals").then().statusCode(201)
                .extract().path("proposal.id");
    }

    /** moderator1 approves the case the budget service sent over Kafka; budget then publishes the proposal. */
    private static void approveInModeration(String proposalId) {
        ServiceApis.approveInModeration(proposalId);
        Awaitility.await("the proposal published").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> RestAssured.given().get(ServiceStack.serviceUrl("budget") + "/api/budget/proposals/" + proposalId)
                        .statusCode() == 200);
    }

    static RequestSpecification budget(String user) {
        return RestAssured.given().baseUri(ServiceStack.serviceUrl("budget")).auth().oauth2(KeycloakTokens.accessToken(user))
                .contentType(ContentType.JSON);
    }
}
