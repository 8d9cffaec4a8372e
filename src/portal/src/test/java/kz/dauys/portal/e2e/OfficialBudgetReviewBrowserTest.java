package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import kz.dauys.testsupport.KeycloakTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.UUID;

import static kz.dauys.portal.e2e.CitizenJourneyBrowserTest.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official's budget review in a real browser against the real services: aigerim proposes two projects
 * (through the budget API with her real token), moderation approves them (moderator1's real token),
 * official.bostandyk reviews both on the portal, records the official costs and moves the cycle to voting;
 * aigerim then sees the running total, is told in words that both projects break the budget, and votes.
 */
@QuarkusTest
class OfficialBudgetReviewBrowserTest {

    private static final String PASSWORD = "dauys-demo";

    @Test
    void officialReviewsProposalsAndResidentVotesWithinTheBudget() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String cycleTitle = "Bostandyk budget " + tag;
        String cycleId = ServiceApis.openBostandykCycle(cycleTitle);
        String park = propose(cycleId, "Shade trees in the courtyard of Timiryazev 42 " + tag, 5_000_000);
        String path = propose(cycleId, "Lit footpath along the Yesentai river " + tag, 8_000_000);
        approveInModeration(park);
        approveInModeration(path);

        try (Browser official = new Browser()) {
            official.login("official.bostandyk", PASSWORD);
            official.open("/official/budget");
            official.driver().findElement(By.linkText(cycleTitle)).click();
            assertThat(official.text("h1")).isEqualTo("Budget review");
            assertThat(official.findAll("form[action$='/proposals/" + park + "/review']")).hasSize(1);
            assertNoSeriousViolations(official, "budget-review");

            review(official, cycleId, park, "Feasible on municipal land; the akimat's estimate includes watering for two years.", "4 500 000");
            assertThat(official.text(".flash-done")).isNotBlank();
            review(official, cycleId, path, "Feasible; lighting standards need more poles than the author counted.", "7 000 000");
            assertThat(official.find("section[aria-labelledby=reviewed-heading]").getText())
                    .contains("Feasible: on the ballot", "4,500,000", "7,000,000");
            assertThat(official.findAll("form[action$='/review']")).isEmpty();

            advance(official, "Review");
            advance(official, "Voting");
            assertThat(official.text("#phase-heading + p")).contains("Voting");
            official.screenshot("budget-review-voting");
        }

        try (Browser aigerim = new Browser()) {
            aigerim.open("/budget");
            assertNoSeriousViolations(aigerim, "budget-cycles");
            aigerim.login("aigerim", PASSWORD);
            aigerim.open("/budget/cycles/" + cycleId);
            assertThat(aigerim.text(".state")).isEqualTo("Voting");
            assertThat(aigerim.findAll(".main-nav a")).extracting(WebElement::getText).doesNotContain("Official's desk");
            assertNoSeriousViolations(aigerim, "budget-cycle");
            aigerim.open("/budget/proposals/" + park);
            assertThat(aigerim.source()).contains("Feasible on municipal land", "4,500,000");
            assertNoSeriousViolations(aigerim, "budget-proposal");

            aigerim.open("/budget/cycles/" + cycleId + "/vote");
            checkbox(aigerim, park).click();
            checkbox(aigerim, path).click();
            // The page's script updates the total as boxes are ticked.
            Awaitility.await("the live running total").atMost(Duration.ofSeconds(10))
                    .until(() -> aigerim.text("[data-running-total]").equals("11,500,000 / 10,000,000"));
            assertThat(aigerim.find("[data-running-total]").getAttribute("class")).contains("over-budget");
            // Without the script the server recomputes the total: the "update" button re-renders the ballot.
            WebElement before = aigerim.find("[data-running-total]");
            aigerim.find("button[value=check]").click();
            Awaitility.await("the recomputed ballot").atMost(Duration.ofSeconds(10)).until(() -> isGone(before));
            assertThat(aigerim.text("[data-running-total]")).isEqualTo("11,500,000 / 10,000,000");
            assertThat(checkbox(aigerim, park).isSelected()).isTrue();
            assertNoSeriousViolations(aigerim, "budget-vote");

            aigerim.find("button[value=cast]").click();
            Awaitility.await("the refused ballot").atMost(Duration.ofSeconds(10))
                    .until(() -> !aigerim.findAll("#ballot-errors").isEmpty());
            assertThat(aigerim.text("#ballot-errors")).contains("The chosen projects cost more than the budget.");
            assertThat(checkbox(aigerim, path).isSelected()).isTrue();
            aigerim.screenshot("budget-vote-over-budget");

            checkbox(aigerim, path).click();
            aigerim.find("button[value=cast]").click();
            Awaitility.await("the stored ballot").atMost(Duration.ofSeconds(10))
                    .until(() -> aigerim.driver().getCurrentUrl().contains("done=voted"));
            assertThat(aigerim.text("p[role=status]")).contains("Your ballot is counted (version 1");
            assertThat(checkbox(aigerim, park).isSelected()).isTrue();
            assertThat(checkbox(aigerim, path).isSelected()).isFalse();
            aigerim.screenshot("budget-voted");
        }

        String ballot = RestAssured.given().auth().oauth2(KeycloakTokens.accessToken("aigerim"))
                .get(ServiceStack.SERVICE_URLS.get("budget") + "/api/budget/cycles/" + cycleId + "/voting/my-ballot").then()
                .statusCode(200).extract().asString();
        assertThat(JsonPath.from(ballot).getMap("choices")).containsOnlyKeys(park);
        assertThat(JsonPath.from(ballot).getLong("totalCost")).isEqualTo(4_500_000L);

        // Counting and publishing (the phase page is proven above; here through the API with the official's token).
        budget("official.bostandyk").body("{\"to\": \"TALLYING\"}").post("/api/budget/cycles/" + cycleId + "/advance")
                .then().statusCode(200);
        budget("official.bostandyk").body("{\"to\": \"RESULTS\"}").post("/api/budget/cycles/" + cycleId + "/advance")
                .then().statusCode(200);
        try (Browser anyone = new Browser()) {
            anyone.open("/budget/cycles/" + cycleId + "/results");
            assertThat(anyone.text("h1")).isEqualTo("Results");
            assertThat(anyone.text("#summary-heading + p")).contains("Most votes first (greedy)", "Equal shares");
            String table = anyone.find("section[aria-labelledby=projects-heading] table").getText();
            assertThat(table).contains("Votes: 1. When its turn came 10,000,000 ₸ remained, enough for its cost of 4,500,000 ₸.",
                    "Bought in round 1: its supporters (1) shared the cost, each paying at most 4,500,000 ₸",
                    "No votes.");
            assertThat(anyone.findAll("figure.chart-figure svg[role=img]")).hasSize(3);
            assertThat(anyone.find("section[aria-labelledby=impl-heading]").getText()).contains("Planned", "0%");
            assertNoSeriousViolations(anyone, "budget-results");
        }
    }

    private static boolean isGone(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (StaleElementReferenceException replaced) {
            return true;
        }
    }

    private static WebElement checkbox(Browser browser, String proposal) {
        return browser.find("input[name=project][value='" + proposal + "']");
    }

    private static void review(Browser official, String cycleId, String proposal, String reason, String cost) {
        String form = "form[action$='/proposals/" + proposal + "/review'] ";
        official.find(form + "input[name=feasible][value=yes]").click();
        official.find(form + "textarea[name=reason]").sendKeys(reason);
        official.find(form + "input[name=officialCost]").sendKeys(cost);
        official.find(form + "button[type=submit]").click();
        Awaitility.await("the review recorded").atMost(Duration.ofSeconds(20))
                .until(() -> official.driver().getCurrentUrl().contains("done=reviewed"));
        assertThat(official.driver().getCurrentUrl()).contains("/official/budget/cycles/" + cycleId);
    }

    private static void advance(Browser official, String phase) {
        WebElement button = official.find("form[action$='/advance'] button");
        assertThat(button.getText()).endsWith(phase);
        button.click();
        Awaitility.await("the cycle moved to " + phase).atMost(Duration.ofSeconds(20))
                .until(() -> official.driver().getCurrentUrl().contains("done=saved")
                        && official.text("#phase-heading + p").contains(phase));
    }

    static String propose(String cycleId, String title, long cost) {
        String body = """
                {"title": "%s", "description": "A project for the residents of the district, costed by the author.",
                 "category": "parks", "language": "en", "estimatedCost": %d}
                """.formatted(title, cost);
        return budget("aigerim").body(body).post("/api/budget/cycles/" + cycleId + "/proposals").then().statusCode(201)
                .extract().path("proposal.id");
    }

    /** Moderation approves the proposal (moderator1's real token); the budget service then publishes it. */
    static void approveInModeration(String proposalId) {
        ServiceApis.approveInModeration(proposalId);
        Awaitility.await("the proposal published").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> RestAssured.given().get(ServiceStack.SERVICE_URLS.get("budget") + "/api/budget/proposals/" + proposalId)
                        .statusCode() == 200);
    }

    private static io.restassured.specification.RequestSpecification budget(String user) {
        return ServiceApis.as(user, "budget");
    }
}
