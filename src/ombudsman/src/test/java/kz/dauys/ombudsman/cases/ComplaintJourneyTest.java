package kz.dauys.ombudsman.cases;

import io.quarkus.test.junit.QuarkusTest;
import kz.dauys.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.ombudsman.Api.admissibleTriage;
import static kz.dauys.ombudsman.Api.as;
import static kz.dauys.ombudsman.Api.file;
import static kz.dauys.ombudsman.Api.staffGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** A resident's complaint from filing to closure, with real Keycloak tokens for every role. */
@QuarkusTest
class ComplaintJourneyTest {

    @Test
    void complaintGoesFromFilingToClosure() throws Exception {
        UUID id = file("aigerim", "Akimat of Bostandyk district", "KZ-75-BOSTANDYK", "Home schooling refused");

        // Routed to the Almaty representative (the body's region); deadlines set.
        staffGet("ombudsman.almaty", id).statusCode(200)
                .body("summary.status", equalTo("received"))
                .body("summary.office", equalTo("KZ-75"))
                .body("summary.proposedOffice", equalTo("KZ-75"))
                .body("complainant.name", equalTo("Айгерім Сейітқали"))
                .body("description", org.hamcrest.Matchers.containsString("home schooling"))
                .body("deadlines.acknowledgementDueOn", not(nullValue()))
                .body("allowedNext", equalTo(List.of("triage")));

        // Steps out of order are refused.
        as("ombudsman.almaty").body(Map.of("outcome", "ACCEPTED")).post("/api/ombudsman/cases/" + id + "/decision")
                .then().statusCode(422);
        as("ombudsman.almaty").body(Map.of("status", "inquiry")).post("/api/ombudsman/cases/" + id + "/status")
                .then().statusCode(422);

        as("ombudsman.almaty").body(Map.of()).post("/api/ombudsman/cases/" + id + "/acknowledgement")
                .then().statusCode(200).body("status", equalTo("triage"));
        as("ombudsman.almaty").body(Map.of()).post("/api/ombudsman/cases/" + id + "/acknowledgement")
                .then().statusCode(422).contentType("application/problem+json");

        as("ombudsman.almaty").get("/api/ombudsman/cases/" + id + "/triage-form").then().statusCode(200)
                .body("proposedOffice", equalTo("KZ-75"))
                .body("checklist.code", equalTo(List.of("within_mandate", "not_before_court", "body_approached_first", "person_identified")))
                .body("categories.code", hasItem("disability"));
        as("ombudsman.almaty").body(admissibleTriage("KZ-75")).put("/api/ombudsman/cases/" + id + "/triage")
                .then().statusCode(200).body("urgency", equalTo("CHILDREN")).body("urgent", equalTo(true))
                .body("category", equalTo("disability"));

        as("ombudsman.almaty").body(Map.of("outcome", "ACCEPTED", "assignee", "ombudsman.almaty"))
                .post("/api/ombudsman/cases/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("accepted")).body("assignee", equalTo("ombudsman.almaty"));
        as("ombudsman.almaty").body(Map.of("text", "Called the akimat's education department; they cite a missing medical form."))
                .post("/api/ombudsman/cases/" + id + "/notes").then().statusCode(201);
        as("ombudsman.almaty").body(Map.of("text", "Please send us the medical commission's conclusion."))
                .post("/api/ombudsman/cases/" + id + "/messages").then().statusCode(201);
        as("ombudsman.almaty").body(Map.of("status", "inquiry")).post("/api/ombudsman/cases/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("inquiry"));
        as("ombudsman.almaty").body(Map.of("status", "recommendation"))
                .post("/api/ombudsman/cases/" + id + "/status").then().statusCode(400);
        as("ombudsman.almaty").body(Map.of("status", "recommendation", "text", "Register the child for home schooling within 10 days."))
                .post("/api/ombudsman/cases/" + id + "/status")
                .then().statusCode(200).body("status", equalTo("recommendation")).body("nextDueOn", not(nullValue()));
        as("ombudsman.almaty").body(Map.of("text", "The child was registered on 20 November."))
                .post("/api/ombudsman/cases/" + id + "/body-answer").then().statusCode(200);
        as("ombudsman.almaty").body(Map.of("status", "closed", "text", "Recommendation implemented."))
                .post("/api/ombudsman/cases/" + id + "/status").then().statusCode(200).body("status", equalTo("closed"));
        as("ombudsman.almaty").body(Map.of("status", "inquiry")).post("/api/ombudsman/cases/" + id + "/status")
                .then().statusCode(422);

        // The complainant sees the history and messages, never the internal note.
        as("aigerim").get("/api/ombudsman/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("closed"))
                .body("history.status", equalTo(List.of("received", "triage", "accepted", "inquiry", "recommendation", "closed")))
                .body("messages.kind", not(hasItem("INTERNAL_NOTE")))
                .body("messages.text", hasItem("Please send us the medical commission's conclusion."))
                .body("messages.text", not(hasItem(org.hamcrest.Matchers.containsString("medical form"))));
        as("aigerim").body(Map.of("text", "Thank you.")).post("/api/ombudsman/complaints/" + id + "/messages")
                .then().statusCode(201);
        staffGet("ombudsman.almaty", id).statusCode(200)
                .body("messages.kind", hasItem("FROM_COMPLAINANT"))
                .body("messages.kind", hasItem("INTERNAL_NOTE"))
                .body("timeline.kind", hasItem("ASSIGNED"))
                .body("outcome.bodyAnswer", equalTo("The child was registered on 20 November."))
                .body("summary.breached", equalTo(List.of()));

        // Texts are encrypted at rest, the IIN is stored only as a keyed hash.
        try (Connection db = TestDatabase.connect("dauys_ombudsman_test");
             PreparedStatement q = db.prepareStatement(
                     "select description, title, complainant_name, complainant_iin_hash from ombudsman_case where id = ?")) {
            q.setObject(1, id);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("description")).startsWith("k1:").doesNotContain("home schooling");
                assertThat(row.getString("title")).startsWith("k1:").doesNotContain("schooling");
                assertThat(row.getString("complainant_name")).doesNotContain("Айгерім");
                assertThat(row.getString("complainant_iin_hash")).startsWith("k1:").doesNotContain("950314401237");
            }
        }
        try (Connection db = TestDatabase.connect("dauys_ombudsman_test");
             PreparedStatement q = db.prepareStatement("select text from case_message where case_id = ?")) {
            q.setObject(1, id);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    assertThat(rows.getString(1)).startsWith("k1:").doesNotContain("medical");
                }
            }
        }
    }

    @Test
    void inadmissibleNeedsReasonsAndWhereToTurn() {
        UUID id = file("daniyar", "Medeu district court", "KZ-75-MEDEU", "Court ruling on my flat");
        as("ombudsman.almaty").body(Map.of()).post("/api/ombudsman/cases/" + id + "/acknowledgement").then().statusCode(200);
        Map<String, Object> triage = new java.util.HashMap<>(admissibleTriage("KZ-75"));
        triage.put("answers", Map.of(
                "within_mandate", Map.of("answer", false, "note", "a court ruling"),
                "not_before_court", Map.of("answer", false),
                "body_approached_first", Map.of("answer", true),
                "person_identified", Map.of("answer", true)));
        triage.put("category", "fair_trial");
        triage.put("urgency", "STANDARD");
        as("ombudsman.almaty").body(triage).put("/api/ombudsman/cases/" + id + "/triage").then().statusCode(200);

        as("ombudsman.almaty").body(Map.of("outcome", "ACCEPTED")).post("/api/ombudsman/cases/" + id + "/decision")
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/not-admissible"));
        as("ombudsman.almaty").body(Map.of("outcome", "INADMISSIBLE", "reasons", "The complaint challenges a court ruling."))
                .post("/api/ombudsman/cases/" + id + "/decision").then().statusCode(400);
        as("ombudsman.almaty").body(Map.of("outcome", "INADMISSIBLE", "reasons", "The complaint challenges a court ruling.",
                        "redirectTo", "Appeal to the Almaty city court within one month."))
                .post("/api/ombudsman/cases/" + id + "/decision").then().statusCode(200).body("status", equalTo("inadmissible"));

        as("daniyar").get("/api/ombudsman/complaints/" + id).then().statusCode(200)
                .body("status", equalTo("inadmissible"))
                .body("redirectTo", equalTo("Appeal to the Almaty city court within one month."))
                .body("messages.size()", equalTo(2));
    }

    @Test
    void transferTellsTheComplainant() {
        UUID id = file("daniyar", "Almaty city police department", "KZ-75", "Noise from a bar");
        as("ombudsman.almaty").body(Map.of()).post("/api/ombudsman/cases/" + id + "/acknowledgement").then().statusCode(200);
        as("ombudsman.almaty").body(admissibleTriage("KZ-75")).put("/api/ombudsman/cases/" + id + "/triage").then().statusCode(200);
        as("ombudsman.almaty").body(Map.of("outcome", "TRANSFERRED", "transferredTo", "Akimat of Almaty, public order department"))
                .post("/api/ombudsman/cases/" + id + "/decision").then().statusCode(200).body("status", equalTo("transferred"));
        as("daniyar").get("/api/ombudsman/complaints/" + id).then().statusCode(200)
                .body("transferredTo", equalTo("Akimat of Almaty, public order department"))
                .body("messages.text", hasItem(org.hamcrest.Matchers.containsString("Akimat of Almaty, public order department")));
    }

    @Test
    void badComplaintsAreRefusedAndStoreNothing() throws Exception {
        long before = caseCount();
        Map<String, Object> noConsent = new java.util.HashMap<>(kz.dauys.ombudsman.Api.complaint("Akimat", "KZ-75", "t"));
        noConsent.put("consentToShare", false);
        as("aigerim").body(noConsent).post("/api/ombudsman/complaints").then().statusCode(400)
                .contentType("application/problem+json");
        as("aigerim").body(kz.dauys.ombudsman.Api.complaint("Akimat", "KZ-99-NOWHERE", "t")).post("/api/ombudsman/complaints")
                .then().statusCode(400).body("errors.field", hasItem("body.territory"));
        Map<String, Object> representedWithoutConsent = new java.util.HashMap<>(kz.dauys.ombudsman.Api.complaint("Akimat", "KZ-75", "t"));
        representedWithoutConsent.put("representedPerson", "My neighbour");
        as("aigerim").body(representedWithoutConsent).post("/api/ombudsman/complaints").then().statusCode(400);
        as("aigerim").body("{\"title\": ").post("/api/ombudsman/complaints").then().statusCode(400);
        as("aigerim").body(Map.of("title", "only a title")).post("/api/ombudsman/complaints").then().statusCode(400);
        // A minor cannot file; an official (no citizen role) neither.
        as("timur").body(kz.dauys.ombudsman.Api.complaint("Akimat", "KZ-75", "t")).post("/api/ombudsman/complaints")
                .then().statusCode(403);
        as("official.bostandyk").body(kz.dauys.ombudsman.Api.complaint("Akimat", "KZ-75", "t")).post("/api/ombudsman/complaints")
                .then().statusCode(403);
        io.restassured.RestAssured.given().contentType("application/json").body(kz.dauys.ombudsman.Api.complaint("Akimat", "KZ-75", "t"))
                .post("/api/ombudsman/complaints").then().statusCode(401);
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void sameIdempotencyKeyFilesOnce() {
        String key = UUID.randomUUID().toString();
        String first = as("olga").header("Idempotency-Key", key).body(kz.dauys.ombudsman.Api.complaint("Akimat of Astana", "KZ-71", "Pension"))
                .post("/api/ombudsman/complaints").then().statusCode(201).extract().path("id");
        String again = as("olga").header("Idempotency-Key", key).body(kz.dauys.ombudsman.Api.complaint("Akimat of Astana", "KZ-71", "Pension"))
                .post("/api/ombudsman/complaints").then().statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(first);
    }

    private static long caseCount() throws Exception {
        try (Connection db = TestDatabase.connect("dauys_ombudsman_test");
             ResultSet rows = db.createStatement().executeQuery("select count(*) from ombudsman_case")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
