package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.petitions.it.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Assembly decisions and ombudsman referral statuses about a petition, consumed from the real broker and shown on it. */
@QuarkusTest
class FeedbackEventsTest {

    @Test
    void assemblyDecisionAndReferralStatusAppearOnThePetition() throws Exception {
        UUID id = approvedAlmatyPetition("Защитить права людей с инвалидностью в транспорте");
        String decision = """
                {"bodyId":"maslikhat-kz-75","bodyName":"Маслихат города Алматы","sessionId":"s-1","itemId":"i-1",
                 "relatedKind":"PETITION","relatedId":"%s","result":"ADOPTED","decisionText":"Поддержать",
                 "votesFor":30,"votesAgainst":2,"abstentions":1,"decidedAt":"2026-02-01T09:00:00Z","link":"/assembly/s-1"}"""
                .formatted(id);
        String eventId = UUID.randomUUID().toString();
        produce("dauys.assembly", eventId, "kz.dauys.assembly.decision.recorded.v1", "/services/assembly", id.toString(), decision);
        produce("dauys.assembly", eventId, "kz.dauys.assembly.decision.recorded.v1", "/services/assembly", id.toString(), decision);
        String budgetDecision = decision.replace("\"PETITION\"", "\"BUDGET_CYCLE\"");
        produce("dauys.assembly", UUID.randomUUID().toString(), "kz.dauys.assembly.decision.recorded.v1", "/services/assembly",
                id.toString(), budgetDecision);
        produce("dauys.ombudsman", UUID.randomUUID().toString(), "kz.dauys.ombudsman.referral.status_changed.v1",
                "/services/ombudsman", id.toString(), """
                        {"caseId":"case-7","caseNumber":"OMB-2026-0007","sourceKind":"PETITION","sourceId":"%s","status":"accepted",
                         "office":"central","changedAt":"2026-02-02T09:00:00Z"}""".formatted(id));
        produce("dauys.ombudsman", UUID.randomUUID().toString(), "kz.dauys.ombudsman.referral.status_changed.v1",
                "/services/ombudsman", id.toString(), """
                        {"caseId":"case-7","caseNumber":"OMB-2026-0007","sourceKind":"PETITION","sourceId":"%s","status":"received",
                         "office":"central","changedAt":"2026-02-01T09:00:00Z"}""".formatted(id));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                "1".equals(single("select count(*) from petition_assembly_decision where petition_id = ?", id))
                        && "accepted".equals(single("select status from petition_referral where petition_id = ?", id)));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                "1".equals(single("select count(*) from petition_assembly_decision where petition_id = ?", id))
                        && "accepted".equals(single("select status from petition_referral where petition_id = ?", id)));
        given().when().get("/api/petitions/" + id).then().statusCode(200)
                .body("assemblyDecisions[0].result", equalTo("ADOPTED"))
                .body("assemblyDecisions[0].votesFor", equalTo(30))
                .body("ombudsmanReferrals[0].caseNumber", equalTo("OMB-2026-0007"))
                .body("ombudsmanReferrals[0].status", equalTo("accepted"));
    }
}
