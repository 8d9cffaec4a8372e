package kz.dauys.assembly.proposal;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.assembly.support.Rows;
import kz.dauys.contract.budget.BudgetResultsPublished;
import kz.dauys.contract.petitions.PetitionAddressee;
import kz.dauys.contract.petitions.PetitionThresholdReached;
import kz.dauys.testsupport.CloudEventRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.assembly.support.Api.ALMATY_MASLIKHAT;
import static kz.dauys.assembly.support.Api.anonymous;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.planAlmatySession;
import static kz.dauys.assembly.support.Api.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Items that arrive as events over the real broker: petitions at threshold, published budget results. */
@QuarkusTest
class EventProposalTest {

    @Test
    void petitionToTheMaslikhatBecomesExactlyOneProposalEvenWhenDeliveredTwice() {
        String petitionId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        PetitionThresholdReached reached = reached(petitionId, 1042, "MASLIKHAT", "KZ-75");
        CloudEventRecords.send(PetitionThresholdReached.EVENT, petitionId, eventId, reached);
        CloudEventRecords.send(PetitionThresholdReached.EVENT, petitionId, eventId, reached);

        await().atMost(Duration.ofSeconds(30)).until(() -> Rows.count(
                "select count(*) from processed_event where consumer = 'assembly-petition-threshold' and event_id = ?", eventId) == 1);
        // The duplicate comes after the first on the same partition: once it is consumed, the count is final.
        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(petitionId) == 1);
        // A re-publication under a new event id still changes nothing.
        String republished = UUID.randomUUID().toString();
        CloudEventRecords.send(PetitionThresholdReached.EVENT, petitionId, republished, reached);
        await().atMost(Duration.ofSeconds(30)).until(() -> Rows.count(
                "select count(*) from processed_event where event_id = ?", republished) == 1);
        assertThat(proposalsFor(petitionId)).isEqualTo(1);

        String id = anonymous().get("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals?status=awaiting_decision&size=100")
                .then().statusCode(200).extract().path("items.find { it.relatedId == '" + petitionId + "' }.id");
        anonymous().get("/api/proposals/" + id).then().statusCode(200)
                .body("origin", equalTo("PETITION"))
                .body("relatedKind", equalTo("PETITION"))
                .body("title.ru", containsString("Рассмотрение петиции № 1042"))
                .body("title.kk", containsString("№ 1042 петицияны қарау"))
                .body("title.en", containsString("Consider petition No. 1042"))
                .body("decisionDueOn", equalTo(reached.answerDueOn().toString()))
                .body("link", equalTo("/petitions/" + petitionId));

        // Accepted, it becomes an agenda item about the petition itself (so its decision is reported).
        UUID session = planAlmatySession("Petition hearing", today().plusDays(30), 60);
        as("official.almaty").body(Map.of("sessionId", session.toString()))
                .post("/api/proposals/" + id + "/accept").then().statusCode(200).body("status", equalTo("accepted"));
        as("official.almaty").get("/api/sessions/" + session).then().statusCode(200)
                .body("agenda[0].related.kind", equalTo("PETITION"))
                .body("agenda[0].related.id", equalTo(petitionId))
                .body("agenda[0].proposalId", equalTo(id))
                .body("agenda[0].durationMinutes", equalTo(15));
    }

    @Test
    void petitionToTheAkimatGoesToTheSameTerritorysMaslikhatAndCentralOnesAreIgnored() {
        String akimat = UUID.randomUUID().toString();
        CloudEventRecords.send(PetitionThresholdReached.EVENT, akimat, UUID.randomUUID().toString(),
                reached(akimat, 7, "AKIMAT", "KZ-75"));
        String central = UUID.randomUUID().toString();
        String centralEvent = UUID.randomUUID().toString();
        CloudEventRecords.send(PetitionThresholdReached.EVENT, central, centralEvent, reached(central, 8, "GOVERNMENT", null));
        String noBody = UUID.randomUUID().toString();
        String noBodyEvent = UUID.randomUUID().toString();
        CloudEventRecords.send(PetitionThresholdReached.EVENT, noBody, noBodyEvent, reached(noBody, 9, "MASLIKHAT", "KZ-10"));

        await().atMost(Duration.ofSeconds(30)).until(() -> proposalsFor(akimat) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> Rows.count(
                "select count(*) from processed_event where event_id in (?, ?)", centralEvent, noBodyEvent) == 2);
        assertThat(proposalsFor(central)).isZero();
        assertThat(proposalsFor(noBody)).isZero();
    }

    @Test
    void budgetResultsOfACityDistrictGoToTheCityMaslikhat() {
        String cycleId = UUID.randomUUID().toString();
        BudgetResultsPublished results = new BudgetResultsPublished(cycleId, "Bostandyk 2027", "KZ-75-BOSTANDYK",
                150_000_000L, "MES", List.of(new BudgetResultsPublished.FundedProject(UUID.randomUUID().toString(), "Park benches", 12_000_000L, 812)),
                4_210L, Instant.now(), "/budget/cycles/" + cycleId);
        CloudEventRecords.send(BudgetResultsPublished.EVENT, cycleId, UUID.randomUUID().toString(), results);
        await().atMost(Duration.ofSeconds(30)).until(() -> Rows.count(
                "select count(*) from item_proposal where related_kind = 'BUDGET_CYCLE' and related_id = ? and body_id = ?::uuid",
                cycleId, ALMATY_MASLIKHAT.toString()) == 1);
        String id = anonymous().get("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals?status=awaiting_decision&size=100")
                .then().extract().path("items.find { it.relatedId == '" + cycleId + "' }.id");
        anonymous().get("/api/proposals/" + id).then()
                .body("title.ru", containsString("Утверждение итогов цикла бюджета участия «Bostandyk 2027»"))
                .body("description.en", containsString("projects funded: 1"));
    }

    private static long proposalsFor(String petitionId) {
        return Rows.count("select count(*) from item_proposal where related_kind = 'PETITION' and related_id = ?", petitionId);
    }

    private static PetitionThresholdReached reached(String petitionId, long number, String body, String territory) {
        return new PetitionThresholdReached(petitionId, number, "Save the Kok-Zhailau park", "Stop the construction.",
                new PetitionAddressee(territory == null ? "CENTRAL" : "REGION", body, territory, "Addressee"), "environment",
                10_234L, 10_000L, Instant.now(), LocalDate.now().plusDays(60), "/petitions/" + petitionId);
    }
}
