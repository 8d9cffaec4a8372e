package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey in a real browser against the real services and Keycloak: a citizen writes a
 * petition, a moderator approves it, backers sign, and the count and the progress bar follow.
 */
@QuarkusTest
class CitizenJourneyBrowserTest {

    private static final String PASSWORD = "dauys-demo";

    @Test
    void petitionFromDraftToSignatures() {
        String title = "Street lights on Abay avenue " + UUID.randomUUID().toString().substring(0, 8);
        String petitionPath;

        try (Browser aigerim = new Browser()) {
            aigerim.open("/");
            assertNoSeriousViolations(aigerim, "home-anonymous");
            aigerim.login("aigerim", PASSWORD);
            assertThat(aigerim.findAll(".main-nav a")).extracting(WebElement::getText)
                    .contains("My page").doesNotContain("Moderation", "Official's desk", "Ombudsman desk");

            aigerim.open("/moderation");
            assertThat(aigerim.text("h1")).isEqualTo("You do not have access to this page");
            aigerim.screenshot("citizen-forbidden-moderation");

            aigerim.open("/petitions/new");
            assertThat(aigerim.text("#rules-heading")).isEqualTo("Before you write: the rules");
            assertThat(aigerim.findAll(".excluded li")).isNotEmpty();
            assertNoSeriousViolations(aigerim, "petition-form");
            new Select(aigerim.find("#language")).selectByValue("en");
            aigerim.find("#title").sendKeys(title);
            aigerim.find("#text").sendKeys("Abay avenue between Baitursynov and Zheltoksan streets has no working lights at night. "
                    + "Pedestrians cross in the dark and two accidents happened this winter.");
            aigerim.find("#requestedAction").sendKeys("Repair and switch on the street lights before the end of the year.");
            new Select(aigerim.find("#topic")).selectByIndex(1);
            Select addressee = new Select(aigerim.find("#addressee"));
            addressee.getOptions().stream().filter(o -> o.getAttribute("value").startsWith("CENTRAL|GOVERNMENT")).findFirst()
                    .orElseThrow().click();
            aigerim.find("form.stack button[type=submit]").click();

            Awaitility.await("the petition page after submission").atMost(Duration.ofSeconds(30))
                    .until(() -> aigerim.driver().getCurrentUrl().contains("done=submitted"));
            petitionPath = aigerim.driver().getCurrentUrl().replace(ServiceStack.portalUrl, "").replaceAll("\\?.*$", "");
            assertThat(aigerim.text(".flash-done")).contains("sent for moderation");
            assertThat(aigerim.text(".state")).isEqualTo("In moderation");
            aigerim.screenshot("petition-in-moderation");
        }

        try (Browser moderator = new Browser()) {
            moderator.login("moderator1", PASSWORD);
            assertThat(moderator.findAll(".main-nav a")).extracting(WebElement::getText).contains("Moderation");
            Awaitility.await("the case in the moderation queue").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        moderator.open("/moderation?type=SUBMISSION");
                        return !moderator.driver().findElements(By.linkText(title)).isEmpty();
                    });
            assertNoSeriousViolations(moderator, "moderation-queue");
            moderator.driver().findElement(By.linkText(title)).click();
            assertThat(moderator.text("h1")).contains(title);
            assertNoSeriousViolations(moderator, "moderation-case");
            moderator.find("input[name=outcome][value=APPROVE]").click();
            moderator.find("form.stack button[type=submit]").click();
            Awaitility.await("back to the queue").atMost(Duration.ofSeconds(30))
                    .until(() -> moderator.driver().getCurrentUrl().contains("done=decided"));
            assertThat(moderator.text(".flash-done")).isEqualTo("The decision is recorded.");
        }

        int signed = 0;
        for (String backer : List.of("daniyar", "olga")) {
            try (Browser browser = new Browser()) {
                browser.login(backer, PASSWORD);
                Awaitility.await("the petition accepts signatures").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> {
                            browser.open(petitionPath);
                            return !browser.findAll("form[action$='/sign'] button").isEmpty();
                        });
                assertThat(browser.text(".state")).isEqualTo("Gathering first supporters");
                browser.find("form[action$='/sign'] button").click();
                signed++;
                Awaitility.await("signed").atMost(Duration.ofSeconds(30))
                        .until(() -> browser.driver().getCurrentUrl().contains("done=signed"));
                assertThat(browser.text(".flash-done")).isEqualTo("Thank you: your signature is counted.");
                assertThat(browser.text("[data-count=signatures]")).isEqualTo(Integer.toString(signed));
                assertThat(browser.find(".progress-bar").getAttribute("aria-valuenow")).isEqualTo(Integer.toString(signed));
                assertThat(browser.find(".sign").getText()).contains("Withdraw my signature");
                if (signed == 2) {
                    assertNoSeriousViolations(browser, "petition-signed");
                }
                browser.open("/me");
                List<String> cells = browser.driver().findElements(By.xpath("//table[@aria-labelledby='signed-heading']"
                        + "//tr[td/a[normalize-space()='" + title + "']]/td")).stream().map(WebElement::getText).toList();
                assertThat(cells).as("the petition among those " + backer + " signed").hasSize(4);
                assertThat(cells.get(1)).isEqualTo("Gathering first supporters");
                assertThat(cells.get(2)).startsWith("counted, ");
                assertThat(cells.get(3)).isEqualTo(Integer.toString(signed));
                if (signed == 2) {
                    assertNoSeriousViolations(browser, "my-page");
                }
            }
        }

        try (Browser phone = new Browser(390, 844)) {
            phone.open(petitionPath);
            assertThat(phone.text("[data-count=signatures]")).isEqualTo("2");
            assertThat(phone.find(".chart-figure table").getAttribute("innerHTML")).contains("2");
            phone.screenshot("petition-phone");
            phone.open("/language/kk?back=" + petitionPath);
            assertThat(phone.find("html").getAttribute("lang")).isEqualTo("kk");
            assertThat(phone.text(".sign h2")).isEqualTo("Петицияға қол қою");
            phone.open("/petitions");
            assertThat(phone.find("html").getAttribute("lang")).as("the language is remembered").isEqualTo("kk");
            phone.screenshot("petitions-kk-phone");
        }
    }

    static void assertNoSeriousViolations(Browser browser, String page) {
        browser.screenshot(page);
        List<Map<String, Object>> violations = browser.seriousAccessibilityViolations();
        assertThat(violations).as("serious or critical axe-core violations on " + page).isEmpty();
    }
}
