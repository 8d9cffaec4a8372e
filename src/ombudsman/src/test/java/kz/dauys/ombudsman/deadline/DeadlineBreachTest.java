package kz.dauys.ombudsman.deadline;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static kz.dauys.ombudsman.Api.as;
import static kz.dauys.ombudsman.Api.file;
import static kz.dauys.ombudsman.Api.staffGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Breaches in the queue and in metrics, and the extension rules, on cases whose dates are moved into the past. */
@QuarkusTest
class DeadlineBreachTest {

    @Inject
    BreachMetrics metrics;

    @Inject
    Today today;

    @Inject
    DeadlinePolicy policy;

    @Test
    void overdueAcknowledgementShowsInQueueAndMetrics() throws Exception {
        UUID late = file("nurlan", "Akimat of Talgar district", "KZ-19-TALGAR", "Water cut off");
        UUID fresh = file("nurlan", "Akimat of Talgar district", "KZ-19-TALGAR", "Second complaint");
        LocalDate receivedOn = today.date().minusDays(40);
        backdate(late, receivedOn);

        staffGet("ombudsman.central", late).statusCode(200)
                .body("summary.breached", equalTo(List.of("ACKNOWLEDGEMENT", "DECISION")))
                .body("summary.nextDueOn", equalTo(policy.acknowledgementDue(receivedOn).toString()));
        as("ombudsman.central").get("/api/ombudsman/cases?breached=true&office=KZ-19&size=200").then().statusCode(200)
                .body("items.id", hasItem(late.toString()))
                .body("items.id", not(hasItem(fresh.toString())));
        as("ombudsman.central").get("/api/ombudsman/cases?breached=false&office=KZ-19&size=200").then().statusCode(200)
                .body("items.id", hasItem(fresh.toString()))
                .body("items.id", not(hasItem(late.toString())));
        as("ombudsman.central").get("/api/ombudsman/cases?dueBefore=" + today.date().minusDays(1) + "&office=KZ-19&size=200")
                .then().statusCode(200).body("items.id", hasItem(late.toString())).body("items.id", not(hasItem(fresh.toString())));

        metrics.refresh();
        assertThat(metrics.open(BreachKind.ACKNOWLEDGEMENT)).isGreaterThanOrEqualTo(1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("ombudsman_breaches_open{kind=\"acknowledgement\"}"));

        // Acknowledging late keeps the breach on record (stays red), the statistics count it.
        as("ombudsman.central").body(Map.of()).post("/api/ombudsman/cases/" + late + "/acknowledgement").then().statusCode(200)
                .body("breached", hasItem("ACKNOWLEDGEMENT"));
        as("ombudsman.central").get("/api/ombudsman/statistics?office=KZ-19&from=" + receivedOn + "&granularity=WEEK")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("deadlinePerformance.find { it.kind == 'ACKNOWLEDGEMENT' }.breached", equalTo(1))
                .body("deadlinePerformance.find { it.kind == 'ACKNOWLEDGEMENT' }.running", equalTo(1))
                .body("byRegion[0].key", equalTo("KZ-19"))
                .body("byStatus.find { it.key == 'triage' }.count", equalTo(1));
    }

    @Test
    void extensionNeedsAReasonStaysWithinTwoMonthsAndTellsTheComplainant() throws Exception {
        UUID id = file("olga", "Akimat of Astana", "KZ-71", "Pension recalculation");
        String due = staffGet("ombudsman.central", id).extract().path("deadlines.decisionDueOn");
        LocalDate original = LocalDate.parse(due);

        as("ombudsman.central").body(Map.of("until", original.plusMonths(2).plusDays(1).toString(), "reason", "Awaiting records"))
                .post("/api/ombudsman/cases/" + id + "/extension").then().statusCode(400)
                .body("errors.field", hasItem("until"));
        as("ombudsman.central").body(Map.of("until", original.plusMonths(1).toString()))
                .post("/api/ombudsman/cases/" + id + "/extension").then().statusCode(400);
        as("ombudsman.central").body(Map.of("until", original.plusMonths(1).toString(), "reason", "Awaiting the pension fund's records"))
                .post("/api/ombudsman/cases/" + id + "/extension").then().statusCode(200);

        staffGet("ombudsman.central", id).statusCode(200)
                .body("deadlines.extendedUntil", equalTo(original.plusMonths(1).toString()))
                .body("deadlines.extensionReason", equalTo("Awaiting the pension fund's records"))
                .body("deadlines.extensionNoticeSentOn", equalTo(today.date().toString()))
                .body("summary.breached", equalTo(List.of()));
        as("olga").get("/api/ombudsman/complaints/" + id).then().statusCode(200)
                .body("decisionDueOn", equalTo(original.plusMonths(1).toString()))
                .body("messages.text", hasItem(containsString("Awaiting the pension fund's records")));
    }

    private void backdate(UUID id, LocalDate receivedOn) throws Exception {
        try (Connection db = TestDatabase.connect("dauys_ombudsman_test");
             PreparedStatement update = db.prepareStatement("""
                     update ombudsman_case set received_on = ?, received_at = received_at - interval '40 days',
                       acknowledgement_due_on = ?, decision_due_on = ?, transfer_due_on = ?, next_due_on = ? where id = ?""")) {
            update.setObject(1, receivedOn);
            update.setObject(2, policy.acknowledgementDue(receivedOn));
            update.setObject(3, policy.decisionDue(receivedOn));
            update.setObject(4, policy.transferDue(receivedOn));
            update.setObject(5, policy.acknowledgementDue(receivedOn));
            update.setObject(6, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
