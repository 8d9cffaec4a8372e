package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.e2e.AssemblySecretaryFormsPageTest.assembly;
import static kz.dauys.portal.e2e.CitizenJourneyBrowserTest.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembly secretary's journey in a real browser against the real services and Keycloak: official.almaty opens
 * a planned session of the Almaty maslikhat (prepared through the API), moves an item up, changes its title, publishes
 * the agenda, opens the session, records attendance and a decision with each member's vote by name; the public
 * session page then shows the decision and the votes by name. axe-core finds no serious violation on the way.
 */
@QuarkusTest
class AssemblySecretaryBrowserTest {

    private static final List<String> MEMBERS = List.of("Aliyev Arman", "Bekova Dana", "Chen Lev");

    @Test
    void theSecretaryRunsASessionFromAgendaToDecision() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bodyId = AssemblySecretaryFormsPageTest.almatyMaslikhat();
        assembly("official.almaty").body(Map.of("members", MEMBERS)).put("/api/bodies/" + bodyId + "/members").then().statusCode(200);
        String sessionId = assembly("official.almaty").body("""
                {"title": {"en": "Browser session %s"}, "date": "%s", "startTime": "10:00", "plannedMinutes": 120, "place": "Abai Square 4"}
                """.formatted(tag, LocalDate.now().plusDays(20))).post("/api/bodies/" + bodyId + "/sessions").then()
                .statusCode(201).extract().path("id");
        String budget = AssemblySecretaryFormsPageTest.addItem(sessionId, "City budget 2027", "Бюджет города 2027");
        String parks = AssemblySecretaryFormsPageTest.addItem(sessionId, "Parks", "Парки");

        try (Browser secretary = new Browser()) {
            secretary.login("official.almaty", "dauys-demo");
            secretary.open("/assembly/secretary/sessions/" + sessionId);
            assertNoSeriousViolations(secretary, "assembly-secretary-planned");

            submit(secretary.find("form[action$='/items/" + parks + "/move'] button[value=up]"));
            assertThat(secretary.findAll("table tbody tr td:first-child")).extracting(WebElement::getText).startsWith("1", "2");
            assertThat(secretary.find("table tbody tr").getText()).contains("Parks");

            secretary.find("form[action$='/items/" + parks + "/edit']").findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
            WebElement title = secretary.find("#edit-title-" + parks);
            title.clear();
            title.sendKeys("Parks and squares");
            submit(secretary.find("form[action$='/items/" + parks + "/edit'] button[type=submit]"));
            assertThat(secretary.find("table tbody tr").getText()).contains("Parks and squares");

            for (String next : List.of("in_session", "closed")) {
                submit(secretary.find("form[action$='/transition'] button"));
                assertThat(secretary.findAll("form[action$='/transition'] input[value=" + next + "]")).hasSize(1);
            }
            WebElement present = secretary.find("#presentCount");
            present.clear();
            present.sendKeys("30");
            submit(secretary.find("form[action$='/attendance'] button"));
            assertThat(secretary.source()).contains("30 present");

            String decision = "form[action$='/items/" + budget + "/decision'] ";
            assertNoSeriousViolations(secretary, "assembly-secretary-in-session");
            new Select(secretary.find(decision + "select[name=result]")).selectByValue("ADOPTED");
            secretary.find(decision + "textarea[name=text]").sendKeys("The budget is adopted as proposed.");
            new Select(secretary.find("#vote-" + budget + "-0")).selectByValue("FOR");
            new Select(secretary.find("#vote-" + budget + "-1")).selectByValue("FOR");
            new Select(secretary.find("#vote-" + budget + "-2")).selectByValue("AGAINST");
            submit(secretary.find(decision + "button[type=submit]"));
            assertThat(secretary.driver().getCurrentUrl()).contains("done=saved");
            secretary.screenshot("assembly-secretary-decided");

            secretary.open("/assembly/sessions/" + sessionId);
            String agenda = secretary.find("ol.agenda").getText();
            assertThat(agenda).contains("Parks and squares", "Adopted", "for 2, against 1, abstained 0");
            secretary.find("ol.agenda details summary").click();
            assertThat(secretary.find("ol.agenda details").getText()).contains("Aliyev Arman: for", "Chen Lev: against");
            assertNoSeriousViolations(secretary, "assembly-session-decided");
        }
    }

    /** Clicks a form's button and waits for the next page (the button goes stale), then for the saved notice. */
    private static void submit(WebElement button) {
        button.click();
        Awaitility.await("the next page").atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                button.isEnabled();
                return false;
            } catch (StaleElementReferenceException replaced) {
                return true;
            }
        });
    }
}
