package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.util.UUID;

import static kz.dauys.portal.e2e.CitizenJourneyBrowserTest.assertNoSeriousViolations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Residents and their assembly in a real browser against the real services and Keycloak: anyone reads the
 * bodies and the Almaty maslikhat's page; aigerim follows it and proposes an agenda item through the form;
 * after moderation approves it, daniyar (also Almaty) co-sponsors it and the count follows, while olga
 * (Astana) is told she cannot. axe-core finds no serious violation on the residents' assembly pages.
 */
@QuarkusTest
class ResidentAssemblyBrowserTest {

    private static final String PASSWORD = "dauys-demo";

    @Test
    void aResidentFollowsProposesAndNeighboursCoSponsor() {
        String bodyId = AssemblySecretaryFormsPageTest.almatyMaslikhat();
        String title = "Benches on Gogol street " + UUID.randomUUID().toString().substring(0, 8);

        try (Browser anyone = new Browser()) {
            anyone.open("/assembly");
            assertNoSeriousViolations(anyone, "assembly-bodies");
            anyone.driver().findElement(By.cssSelector("a[href='/assembly/bodies/" + bodyId + "']")).click();
            assertThat(anyone.driver().getCurrentUrl()).endsWith("/assembly/bodies/" + bodyId);
            assertNoSeriousViolations(anyone, "assembly-body");
        }

        String proposalPath;
        try (Browser aigerim = new Browser()) {
            aigerim.login("aigerim", PASSWORD);
            aigerim.open("/assembly/bodies/" + bodyId);
            if (!aigerim.findAll("form[action$='/unfollow']").isEmpty()) {
                aigerim.find("form[action$='/unfollow'] button").click();
                Awaitility.await("unfollowed").atMost(Duration.ofSeconds(20))
                        .until(() -> !aigerim.findAll("form[action$='/follow'] button").isEmpty());
            }
            aigerim.find("form[action$='/follow'] button").click();
            Awaitility.await("followed").atMost(Duration.ofSeconds(20))
                    .until(() -> !aigerim.findAll("form[action$='/unfollow'] button").isEmpty());
            assertThat(aigerim.text("form[action$='/unfollow'] button")).isEqualTo("Stop following");

            aigerim.find("a[href='/assembly/bodies/" + bodyId + "/propose']").click();
            assertThat(aigerim.text("#rules-heading")).isNotBlank();
            assertNoSeriousViolations(aigerim, "assembly-propose-form");
            aigerim.find("#title").sendKeys(title);
            aigerim.find("#description").sendKeys("The pavement on Gogol street between Panfilov and Kunayev streets has no place "
                    + "to rest; older residents ask for six benches in the shade.");
            aigerim.find("form.stack button[type=submit]").click();
            Awaitility.await("the proposal page").atMost(Duration.ofSeconds(30))
                    .until(() -> aigerim.driver().getCurrentUrl().contains("done=proposed"));
            proposalPath = aigerim.driver().getCurrentUrl().replace(ServiceStack.portalUrl, "").replaceAll("\\?.*$", "");
            assertThat(aigerim.text("h1")).isEqualTo(title);
            assertThat(aigerim.text(".meta")).startsWith("In moderation");
            assertThat(aigerim.findAll("form[action$='/cosponsor']")).as("authors do not co-sponsor their own").isEmpty();
            assertNoSeriousViolations(aigerim, "assembly-proposal-own");
        }

        String proposalId = proposalPath.substring(proposalPath.lastIndexOf('/') + 1);
        ServiceApis.approveInModeration(proposalId);
        Awaitility.await("the proposal public").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> RestAssured.given().get(ServiceStack.serviceUrl("assembly") + "/api/proposals/" + proposalId)
                        .then().extract().path("status") instanceof String status && status.equals("collecting"));

        try (Browser daniyar = new Browser()) {
            daniyar.login("daniyar", PASSWORD);
            daniyar.open(proposalPath);
            assertThat(daniyar.text(".meta")).startsWith("Collecting co-sponsors");
            assertThat(daniyar.text(".count")).startsWith("0 of ");
            daniyar.find("form[action$='/cosponsor'] button").click();
            Awaitility.await("co-sponsored").atMost(Duration.ofSeconds(20))
                    .until(() -> daniyar.driver().getCurrentUrl().contains("done=saved"));
            assertThat(daniyar.text(".count")).startsWith("1 of ");
            assertThat(daniyar.source()).contains("You co-sponsor this proposal.");
            assertThat(daniyar.findAll("form[action$='/cosponsor']")).isEmpty();
            assertNoSeriousViolations(daniyar, "assembly-proposal-cosponsored");
        }

        try (Browser olga = new Browser()) {
            olga.login("olga", PASSWORD);
            olga.open(proposalPath);
            olga.find("form[action$='/cosponsor'] button").click();
            Awaitility.await("the refusal").atMost(Duration.ofSeconds(20))
                    .until(() -> olga.driver().getCurrentUrl().contains("error="));
            assertThat(olga.findAll(".flash-error")).as("a readable refusal for a resident of another territory").isNotEmpty();
            assertThat(olga.text(".count")).startsWith("1 of ");
            olga.screenshot("assembly-proposal-other-territory");
        }
    }
}
