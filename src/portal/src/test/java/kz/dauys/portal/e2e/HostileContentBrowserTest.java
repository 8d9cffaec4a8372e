package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.e2e.ServiceApis.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script and markup typed into every text field residents write (petition, budget proposal, complaint)
 * and into the search box must reach every page that shows it as text: a real browser renders each
 * page and must neither run the payload nor grow an element or event handler from it. The moderation
 * case page is the one that builds HTML itself (it highlights findings), so it is covered too.
 */
@QuarkusTest
class HostileContentBrowserTest {

    private static final String PASSWORD = "dauys-demo";
    /** Runs if it is ever parsed as markup; the tag text reaches innerText only if it was escaped. */
    private static final String SCRIPT = "<script>window.__xss='script'</script>";
    private static final String IMAGE = "\"><img src=x onerror=\"window.__xss='img'\">";
    private static final String SVG = "'><svg onload=window.__xss='svg'>";

    @Test
    void textsWithMarkupAreShownAsTextOnEveryPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String title = "Lights " + tag + " " + SCRIPT + " & " + IMAGE;
        String petitionId = as("aigerim", "petitions").body(Map.of(
                        "title", Map.of("en", title),
                        "text", Map.of("en", "Abay avenue has no lights at night " + SVG + " " + IMAGE
                                + " and pedestrians cross in the dark; two accidents happened this winter."),
                        "requestedAction", Map.of("en", "Repair the lights " + SCRIPT),
                        "topic", "urban",
                        "addressee", Map.of("level", "CENTRAL", "body", "GOVERNMENT", "code", "GOVERNMENT")))
                .post("/api/petitions").then().statusCode(201).extract().path("id");
        as("aigerim", "petitions").post("/api/petitions/" + petitionId + "/submission").then().statusCode(200);
        String caseId = ServiceApis.moderationCaseOf(petitionId);

        try (Browser moderator = new Browser()) {
            moderator.login("moderator1", PASSWORD);
            moderator.open("/moderation/cases/" + caseId);
            assertShownAsText(moderator, "moderation case", "Lights " + tag, "<script>", "<img src=x", "<svg onload");
        }
        ServiceApis.approveInModeration(petitionId);
        Awaitility.await("the petition public").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> RestAssured.given().get(ServiceStack.SERVICE_URLS.get("petitions") + "/api/petitions/" + petitionId)
                        .statusCode() == 200);

        String cycleId = ServiceApis.openBostandykCycle("Budget " + tag + " " + SVG);
        String proposalId = as("aigerim", "budget").body(Map.of(
                        "title", "Benches " + tag + " " + SCRIPT,
                        "description", "Benches along the path " + IMAGE,
                        "category", "parks", "language", "en", "estimatedCost", 1_000_000,
                        "location", Map.of("text", "Timiryazev 42 " + SVG)))
                .post("/api/budget/cycles/" + cycleId + "/proposals").then().statusCode(201).extract().path("proposal.id");
        OfficialBudgetReviewBrowserTest.approveInModeration(proposalId);

        String complaintId = as("aigerim", "ombudsman").body(Map.of(
                        "body", Map.of("name", "Akimat " + SCRIPT, "territory", "KZ-75", "central", false),
                        "title", "Ramp " + tag + " " + IMAGE,
                        "whatHappened", "The ramp at clinic No. 5 was removed " + SVG + " and not put back; I cannot enter.",
                        "happenedOn", "2026-10-01",
                        "alreadyTried", "Wrote to the akimat " + SCRIPT,
                        "consentToShare", true))
                .post("/api/ombudsman/complaints").then().statusCode(201).extract().path("id");

        try (Browser anyone = new Browser()) {
            anyone.open("/petitions/" + petitionId);
            assertShownAsText(anyone, "petition page", "Lights " + tag, "<script>", "<img src=x", "<svg onload");
            anyone.open("/petitions?q=" + ServiceStack.encode(SCRIPT + IMAGE + SVG));
            assertShownAsText(anyone, "petition search", null);
            anyone.open("/budget/cycles/" + cycleId);
            assertShownAsText(anyone, "budget cycle", "Budget " + tag, "<svg onload");
            anyone.open("/budget/proposals/" + proposalId);
            assertShownAsText(anyone, "budget proposal", "Benches " + tag, "<script>", "<img src=x", "<svg onload");
        }
        try (Browser aigerim = new Browser()) {
            aigerim.login("aigerim", PASSWORD);
            aigerim.open("/me");
            assertShownAsText(aigerim, "my petitions", "Lights " + tag, "<script>");
            aigerim.open("/ombudsman/complaints/" + complaintId);
            assertShownAsText(aigerim, "complaint", "Ramp " + tag, "<img src=x", "<svg onload");
        }
        try (Browser staff = new Browser()) {
            staff.login("ombudsman.almaty", PASSWORD);
            staff.open("/ombudsman-desk/cases/" + complaintId);
            assertShownAsText(staff, "ombudsman case", "Ramp " + tag, "<script>", "<img src=x", "<svg onload");
        }
    }

    /**
     * Nothing of the payloads ran or became an element or a handler, and (when given) the page shows
     * the texts, tags included, as readable text.
     */
    private static void assertShownAsText(Browser browser, String page, String marker, String... visibleTags) {
        browser.screenshot("hostile-" + page.replace(' ', '-'));
        Object ran = browser.execute("return window.__xss === undefined ? null : String(window.__xss);");
        assertThat(ran).as("a payload ran on the " + page).isNull();
        Object grown = browser.execute("""
                const hits = [];
                for (const s of document.scripts) { if (s.text.includes('__xss')) hits.push('script'); }
                for (const e of document.querySelectorAll('*')) {
                  for (const a of e.attributes) {
                    if (a.name.startsWith('on') && a.value.includes('__xss')) hits.push(e.tagName + '@' + a.name);
                  }
                }
                return hits.join(',');""");
        assertThat(grown).as("elements or handlers made from a payload on the " + page).isEqualTo("");
        if (marker != null) {
            String text = String.valueOf(browser.execute("return document.body.innerText;"));
            assertThat(text).as("the texts on the " + page).contains(marker).contains(visibleTags);
        }
    }
}
