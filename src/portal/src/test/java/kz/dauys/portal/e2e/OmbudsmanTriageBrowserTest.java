package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.UUID;

import static kz.dauys.portal.e2e.CitizenJourneyBrowserTest.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ombudsman triage in a real browser against the real services and Keycloak: aigerim files a complaint
 * against an Almaty body, the Almaty representative's staff (ombudsman.almaty) find it in their queue,
 * triage and accept it, and aigerim sees the new status and the office's message.
 */
@QuarkusTest
class OmbudsmanTriageBrowserTest {

    private static final String PASSWORD = "dauys-demo";

    @Test
    void complaintFiledByAResidentIsTriagedByTheRegionalOffice() {
        String title = "Ramp removed at clinic No. 5 " + UUID.randomUUID().toString().substring(0, 8);
        String complaintPath;
        String number;

        try (Browser aigerim = new Browser()) {
            aigerim.login("aigerim", PASSWORD);
            aigerim.open("/ombudsman-desk");
            assertThat(aigerim.text("h1")).isEqualTo("You do not have access to this page");

            aigerim.open("/ombudsman/complaints/new");
            assertNoSeriousViolations(aigerim, "ombudsman-complaint-form");
            aigerim.find("#bodyName").sendKeys("Akimat of Bostandyk district");
            new Select(aigerim.find("#bodyTerritory")).selectByValue("KZ-75");
            aigerim.find("#title").sendKeys(title);
            aigerim.find("#whatHappened").sendKeys("The wheelchair ramp at the entrance of clinic No. 5 was removed in October "
                    + "during repairs and has not been put back; I cannot enter the clinic with my wheelchair.");
            aigerim.find("#alreadyTried").sendKeys("I wrote to the akimat on 1 November and got no answer.");
            aigerim.find("input[name=consentToShare]").click();
            aigerim.find("form.stack button[type=submit]").click();

            Awaitility.await("the complaint page after filing").atMost(Duration.ofSeconds(30))
                    .until(() -> aigerim.driver().getCurrentUrl().contains("done=filed"));
            complaintPath = aigerim.driver().getCurrentUrl().replace(ServiceStack.portalUrl, "").replaceAll("\\?.*$", "");
            String heading = aigerim.text("h1");
            number = heading.substring("Complaint ".length(), heading.indexOf(':'));
            assertThat(aigerim.source()).contains("Received");
            assertNoSeriousViolations(aigerim, "ombudsman-complaint-filed");
        }

        try (Browser staff = new Browser()) {
            staff.login("ombudsman.almaty", PASSWORD);
            assertThat(staff.findAll(".main-nav a")).extracting(WebElement::getText).contains("Ombudsman desk");
            Awaitility.await("the complaint in the Almaty queue").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        staff.open("/ombudsman-desk");
                        return !staff.driver().findElements(By.linkText(number)).isEmpty();
                    });
            assertNoSeriousViolations(staff, "ombudsman-queue");
            staff.driver().findElement(By.linkText(number)).click();
            assertThat(staff.text("h1")).contains(title);
            assertNoSeriousViolations(staff, "ombudsman-case");

            staff.find("a[href$='/triage']").click();
            assertNoSeriousViolations(staff, "ombudsman-triage");
            for (WebElement yes : staff.findAll("input[type=radio][value=yes]")) {
                yes.click();
            }
            new Select(staff.find("#category")).selectByIndex(1);
            new Select(staff.find("#office")).selectByValue("KZ-75");
            staff.find("input[name=outcome][value=ACCEPTED]").click();
            staff.find("form.stack button[type=submit]").click();
            Awaitility.await("the case after triage").atMost(Duration.ofSeconds(30))
                    .until(() -> staff.driver().getCurrentUrl().contains("done=triaged"));
            assertThat(staff.text("dl dd strong")).isEqualTo("Accepted");
            staff.screenshot("ombudsman-case-accepted");

            staff.open("/ombudsman-desk/statistics");
            assertThat(staff.findAll("svg[role=img]")).isNotEmpty();
            assertNoSeriousViolations(staff, "ombudsman-statistics");
        }

        try (Browser aigerim = new Browser()) {
            aigerim.login("aigerim", PASSWORD);
            aigerim.open(complaintPath);
            assertThat(aigerim.text("dl dd strong")).isEqualTo("Accepted");
            assertThat(aigerim.findAll("ul[aria-labelledby=messages-heading] li")).isNotEmpty();
            assertThat(aigerim.source()).doesNotContain("Internal notes");
            aigerim.screenshot("ombudsman-complaint-accepted");
        }
    }
}
