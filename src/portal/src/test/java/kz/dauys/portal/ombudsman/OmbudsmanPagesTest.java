package kz.dauys.portal.ombudsman;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import kz.dauys.portal.web.Problems;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * Ombudsman pages with test identities over a fake of the ombudsman service's REST client: what each
 * role sees, the 403 page for residents on staff URLs, forms shown again with readable reasons.
 */
@QuarkusTest
class OmbudsmanPagesTest {

    private FakeOmbudsman service;

    @BeforeEach
    void fakeService() {
        service = new FakeOmbudsman();
        QuarkusMock.installMockForType(service, OmbudsmanClient.class, RestClient.LITERAL);
    }

    @Test
    void anonymousVisitorsReadWhatTheOmbudsmanDoesAndAreSentToSignInForStaffPages() {
        given().header("Accept-Language", "en").when().get("/ombudsman").then().statusCode(200)
                .body(allOf(containsString("The Ombudsman"), containsString("/login?back=/ombudsman/complaints/new")));
        given().redirects().follow(false).when().get("/ombudsman-desk").then().statusCode(302);
        assertThat(service.calls).doesNotContain("myComplaints");
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "citizen")
    void aResidentSeesHerComplaintsAndGetsAReadable403OnStaffPages() {
        given().header("Accept-Language", "en").when().get("/ombudsman").then().statusCode(200)
                .body(allOf(containsString("My complaints"), containsString("OMB-2026-000001"), containsString("Received"),
                        not(containsString("href=\"/ombudsman-desk\""))));
        for (String staffPage : new String[] {"/ombudsman-desk", "/ombudsman-desk/statistics",
                "/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID, "/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID + "/triage"}) {
            given().header("Accept-Language", "en").when().get(staffPage).then().statusCode(403)
                    .body(allOf(containsString("You do not have access to this page"), not(containsString("Exception"))));
        }
        given().header("Accept-Language", "ru").when().get("/ombudsman-desk").then().statusCode(403)
                .body(containsString("<html lang=\"ru\">"));
        assertThat(service.calls).noneMatch(c -> c.startsWith("queue") || c.equals("staffCase"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "citizen")
    void theComplaintFormExplainsItsStepsAndIsShownAgainWithTheReasonWhenConsentIsMissing() {
        given().header("Accept-Language", "en").when().get("/ombudsman/complaints/new").then().statusCode(200)
                .body(allOf(containsString("Against which body"), containsString("What happened"), containsString("Consent"),
                        containsString("name=\"idempotencyKey\""), containsString("for=\"bodyName\"")));
        given().header("Accept-Language", "en").formParam("bodyName", "Bostandyk akimat").formParam("bodyTerritory", "KZ-75")
                .formParam("title", "Ramp removed").formParam("whatHappened", "The ramp at clinic No. 5 was removed in October.")
                .when().post("/ombudsman/complaints/new").then().statusCode(400)
                .body(allOf(containsString("role=\"alert\""), containsString("cannot be examined"),
                        containsString("value=\"Bostandyk akimat\""), containsString("The ramp at clinic No. 5")));
        assertThat(service.calls).noneMatch(c -> c.startsWith("file"));
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "citizen")
    void aRefusalByTheServiceIsShownWithItsDetailAndTheTypedText() {
        service.refuseNextWrite = Problems.problem(400, "validation", "happenedOn: must be a date in the past or in the present");
        given().header("Accept-Language", "en").formParam("idempotencyKey", "6f1c1a0e-7a51-4c47-9d55-3b7c77f0c001")
                .formParam("bodyName", "Ministry of Health").formParam("bodyCentral", "yes").formParam("title", "No answer")
                .formParam("whatHappened", "The ministry has not answered my letter for three months.")
                .formParam("happenedOn", "2030-01-01").formParam("consentToShare", "yes")
                .when().post("/ombudsman/complaints/new").then().statusCode(400)
                .body(allOf(containsString("must be a date in the past or in the present"), containsString("value=\"Ministry of Health\""),
                        containsString("value=\"6f1c1a0e-7a51-4c47-9d55-3b7c77f0c001\"")));
        assertThat(service.calls).containsExactly("file:6f1c1a0e-7a51-4c47-9d55-3b7c77f0c001");
    }

    @Test
    @TestSecurity(user = "aigerim", roles = "citizen")
    void aFiledComplaintLeadsToItsPageWithTheMessages() {
        given().redirects().follow(false).formParam("idempotencyKey", "6f1c1a0e-7a51-4c47-9d55-3b7c77f0c002")
                .formParam("bodyName", "Bostandyk akimat").formParam("bodyTerritory", "KZ-75").formParam("title", "Ramp removed")
                .formParam("whatHappened", "The ramp at clinic No. 5 was removed in October.").formParam("happenedOn", "2026-10-01")
                .formParam("consentToShare", "yes")
                .when().post("/ombudsman/complaints/new").then().statusCode(303)
                .header("Location", containsString("/ombudsman/complaints/" + FakeOmbudsman.CASE_ID + "?done=filed"));
        OmbudsmanClient.Complaint sent = (OmbudsmanClient.Complaint) service.lastBody;
        assertThat(sent.body().territory()).isEqualTo("KZ-75");
        assertThat(sent.consentToShare()).isTrue();
        assertThat(sent.happenedOn()).hasToString("2026-10-01");

        given().header("Accept-Language", "en").when().get("/ombudsman/complaints/" + FakeOmbudsman.CASE_ID + "?done=filed")
                .then().statusCode(200)
                .body(allOf(containsString("We have received your complaint."), containsString("role=\"status\""),
                        containsString("action=\"/ombudsman/complaints/" + FakeOmbudsman.CASE_ID + "/messages\"")));
    }

    @Test
    @TestSecurity(user = "ombudsman.almaty", roles = "ombudsman_staff")
    void staffSeeTheQueueWithFiltersAndBreachedDeadlinesInRed() {
        given().header("Accept-Language", "en").when().get("/").then().statusCode(200)
                .body(allOf(containsString("href=\"/ombudsman-desk\""), not(containsString("href=\"/moderation\""))));
        given().header("Accept-Language", "en")
                .when().get("/ombudsman-desk?office=KZ-75&status=received&urgency=STANDARD&dueBefore=2026-12-01&breached=yes")
                .then().statusCode(200)
                .body(allOf(containsString("<tr class=\"breached\">"), containsString("Deadline breached: acknowledgement"),
                        containsString("OMB-2026-000001"), containsString("value=\"KZ-75\" selected")));
        assertThat(service.calls).contains("queue office=KZ-75 status=received urgency=STANDARD dueBefore=2026-12-01 breached=true");
        given().header("Accept-Language", "en").when().get("/ombudsman-desk").then().statusCode(200)
                .body(containsString("OMB-2026-000001"));
        given().header("Accept-Language", "en").when().get("/ombudsman-desk?status=nonsense&dueBefore=tomorrow").then().statusCode(200);
        assertThat(service.calls).contains("queue office=null status=null urgency=null dueBefore=null breached=null");
    }

    @Test
    @TestSecurity(user = "ombudsman.almaty", roles = "ombudsman_staff")
    void theCaseKeepsInternalNotesApartFromTheCorrespondence() {
        String page = given().header("Accept-Language", "en").when().get("/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID)
                .then().statusCode(200).extract().asString();
        int notes = page.indexOf("id=\"notes-heading\"");
        int messages = page.indexOf("id=\"messages-heading\"");
        assertThat(notes).isPositive();
        assertThat(messages).isGreaterThan(notes);
        assertThat(page.indexOf("Check the building permit first.")).isBetween(notes, messages);
        assertThat(page.indexOf("Any news?")).isGreaterThan(messages);
        assertThat(page).contains("Only staff see these notes");
    }

    @Test
    @TestSecurity(user = "ombudsman.almaty", roles = "ombudsman_staff")
    void triageRecordsTheChecklistAndTheOutcome() {
        given().header("Accept-Language", "en").when().get("/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID + "/triage")
                .then().statusCode(200)
                .body(allOf(containsString("Is it within the mandate?"), containsString("name=\"answer_within_mandate\""),
                        containsString("Life or health at risk"), containsString("Representative for Almaty")));
        given().redirects().follow(false).formParam("answer_within_mandate", "yes").formParam("answer_not_in_court", "yes")
                .formParam("category", "disability").formParam("urgency", "STANDARD").formParam("office", "KZ-75")
                .formParam("outcome", "ACCEPTED")
                .when().post("/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID + "/triage").then().statusCode(303)
                .header("Location", containsString("done=triaged"));
        assertThat(service.calls).containsSubsequence("acknowledge", "triage", "decide:ACCEPTED");
    }

    @Test
    @TestSecurity(user = "ombudsman.almaty", roles = "ombudsman_staff")
    void aRefusedTriageIsShownAgainWithAReadableReason() {
        given().header("Accept-Language", "en").formParam("answer_within_mandate", "yes")
                .formParam("category", "disability").formParam("urgency", "STANDARD").formParam("office", "KZ-75")
                .when().post("/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID + "/triage").then().statusCode(400)
                .body(containsString("Answer every question of the checklist."));
        service.status = "triage";
        service.calls.clear();
        service.refuseNextWrite = null;
        service.refuseNextWrite = Problems.problem(422, "not-admissible", "every checklist answer must be yes to accept");
        // The refusal comes at the first write: the triage itself.
        given().header("Accept-Language", "en").formParam("answer_within_mandate", "yes").formParam("answer_not_in_court", "no")
                .formParam("category", "disability").formParam("urgency", "STANDARD").formParam("office", "KZ-75")
                .formParam("outcome", "ACCEPTED")
                .when().post("/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID + "/triage").then().statusCode(422)
                .body(allOf(containsString("only when every checklist answer is yes"),
                        containsString("every checklist answer must be yes to accept"), containsString("role=\"alert\"")));
        assertThat(service.calls).doesNotContain("decide:ACCEPTED");
    }

    @Test
    @TestSecurity(user = "ombudsman.almaty", roles = "ombudsman_staff")
    void anEmptyNoteIsRefusedOnThePageAndNothingIsSent() {
        given().header("Accept-Language", "en").formParam("text", "  ")
                .when().post("/ombudsman-desk/cases/" + FakeOmbudsman.CASE_ID + "/notes").then().statusCode(400)
                .body(containsString("Write a text first."));
        assertThat(service.calls).doesNotContain("note");
    }

    @Test
    @TestSecurity(user = "ombudsman.almaty", roles = "ombudsman_staff")
    void statisticsAreServerRenderedSvgChartsWithTheirTables() {
        given().header("Accept-Language", "ru").when().get("/ombudsman-desk/statistics?from=2026-01-01&to=2026-11-30&office=KZ-75")
                .then().statusCode(200)
                .body(allOf(containsString("<svg"), containsString("role=\"img\""), containsString("Поступление дел по месяцам"),
                        containsString("Представитель по городу Алматы"), containsString("<th scope=\"row\">подтверждение получения</th>"),
                        containsString("class=\"breached\">2<")));
        assertThat(service.calls).contains("statistics 2026-01-01 2026-11-30 KZ-75");
    }
}
