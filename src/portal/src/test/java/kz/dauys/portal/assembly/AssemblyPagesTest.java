package kz.dauys.portal.assembly;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import kz.dauys.portal.web.Problems;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** Assembly pages with test identities over a fake of the assembly service's REST client. */
@QuarkusTest
class AssemblyPagesTest {

    private FakeAssembly service;

    @BeforeEach
    void fakeService() {
        service = new FakeAssembly();
        QuarkusMock.installMockForType(service, AssemblyClient.class, RestClient.LITERAL);
    }

    @Test
    void anyoneReadsBodiesSessionsWithTheAgendaTreeDecisionsAndMinutes() {
        given().header("Accept-Language", "en").when().get("/assembly").then().statusCode(200)
                .body(allOf(containsString("Almaty City Maslikhat"), containsString("39 seats")));
        given().header("Accept-Language", "en").when().get("/assembly/bodies/" + FakeAssembly.BODY_ID).then().statusCode(200)
                .body(allOf(containsString("Ninth session"), containsString("Light the Sairan embankment"),
                        containsString("12 of 50 co-sponsors"), not(containsString("/follow\"")),
                        not(containsString("/assembly/secretary/"))));
        service.sessionStatus = "closed";
        given().header("Accept-Language", "en").when().get("/assembly/sessions/" + FakeAssembly.SESSION_ID).then().statusCode(200)
                .body(allOf(containsString("1. Budget of the city for 2027"), containsString("1.1. Report of the akimat"),
                        containsString("Adopted"), containsString("for 30, against 2, abstained 1"),
                        containsString("33 present; 26 of 39 needed")));
        given().header("Accept-Language", "kk").when().get("/assembly/sessions/" + FakeAssembly.SESSION_ID + "/minutes")
                .then().statusCode(200).body(allOf(containsString("Хаттама"), containsString("Қабылданды")));
        assertThat(service.calls).doesNotContain("followed");
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "citizen")
    void aResidentFollowsProposesAndCoSponsors() {
        given().header("Accept-Language", "en").when().get("/assembly/bodies/" + FakeAssembly.BODY_ID).then().statusCode(200)
                .body(allOf(containsString("action=\"/assembly/bodies/" + FakeAssembly.BODY_ID + "/follow\""),
                        containsString("href=\"/assembly/bodies/" + FakeAssembly.BODY_ID + "/propose\"")));
        given().redirects().follow(false).when().post("/assembly/bodies/" + FakeAssembly.BODY_ID + "/follow").then().statusCode(303)
                .header("Location", containsString("done=followed"));
        service.following = true;
        given().header("Accept-Language", "en").when().get("/assembly/bodies/" + FakeAssembly.BODY_ID + "?done=followed")
                .then().statusCode(200).body(allOf(containsString("/unfollow\""), containsString("role=\"status\"")));

        given().header("Accept-Language", "en").when().get("/assembly/bodies/" + FakeAssembly.BODY_ID + "/propose").then()
                .statusCode(200).body(allOf(containsString("Moderators check the proposal first"), containsString("for=\"description\"")));
        given().header("Accept-Language", "en").formParam("title", "Light the embankment").formParam("description", " ")
                .when().post("/assembly/bodies/" + FakeAssembly.BODY_ID + "/propose").then().statusCode(400)
                .body(allOf(containsString("role=\"alert\""), containsString("value=\"Light the embankment\"")));
        assertThat(service.calls).doesNotContain("propose");

        service.refuseNextWrite = Problems.problem(403, "not-resident", "you live outside the body's territory");
        given().header("Accept-Language", "en").formParam("title", "Light the embankment")
                .formParam("description", "The embankment is dark after 19:00.")
                .when().post("/assembly/bodies/" + FakeAssembly.BODY_ID + "/propose").then().statusCode(403)
                .body(allOf(containsString("you live outside the body&#39;s territory"), containsString("The embankment is dark")));

        given().redirects().follow(false).header("Accept-Language", "ru")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("title", "Осветить набережную")
                .formParam("description", "Набережная не освещена после 19:00.")
                .when().post("/assembly/bodies/" + FakeAssembly.BODY_ID + "/propose").then().statusCode(303)
                .header("Location", containsString("/assembly/proposals/" + FakeAssembly.PROPOSAL_ID + "?done=proposed"));
        AssemblyClient.NewProposal sent = (AssemblyClient.NewProposal) service.lastBody;
        assertThat(sent.title().ru()).isEqualTo("Осветить набережную");

        given().header("Accept-Language", "en").when().get("/assembly/proposals/" + FakeAssembly.PROPOSAL_ID).then().statusCode(200)
                .body(allOf(containsString("Co-sponsor this proposal"), containsString("Olga K.")));
        service.refuseNextWrite = Problems.problem(409, "conflict", "already co-sponsored");
        given().redirects().follow(false).when().post("/assembly/proposals/" + FakeAssembly.PROPOSAL_ID + "/cosponsor").then()
                .statusCode(303).header("Location", containsString("error=conflict"));
    }

    @Test
    @TestSecurity(user = "daniyar", roles = "citizen")
    void aResidentGetsTheReadable403OnTheSecretaryPages() {
        for (String page : new String[] {"/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID,
                "/assembly/secretary/bodies/" + FakeAssembly.BODY_ID + "/sessions/new"}) {
            given().header("Accept-Language", "en").when().get(page).then().statusCode(403)
                    .body(allOf(containsString("You do not have access to this page"), not(containsString("Exception"))));
        }
        given().header("Accept-Language", "en").formParam("to", "agenda_published")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/transition").then().statusCode(403);
        assertThat(service.calls).noneMatch(c -> c.startsWith("transition"));
    }

    @Test
    @TestSecurity(user = "official.almaty", roles = "official")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "official.almaty"))
    void theSecretaryPlansASessionBuildsTheAgendaAndSeesTheNoticePeriodRefusalReadably() {
        given().header("Accept-Language", "en").when().get("/assembly/bodies/" + FakeAssembly.BODY_ID).then().statusCode(200)
                .body(allOf(containsString("/assembly/secretary/bodies/" + FakeAssembly.BODY_ID + "/sessions/new"),
                        containsString("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID)));
        given().header("Accept-Language", "en").formParam("title", "Tenth session").formParam("date", "not-a-date")
                .formParam("startTime", "10:00").formParam("plannedMinutes", "180")
                .when().post("/assembly/secretary/bodies/" + FakeAssembly.BODY_ID + "/sessions/new").then().statusCode(400)
                .body(allOf(containsString("Enter a valid date"), containsString("value=\"Tenth session\"")));
        given().redirects().follow(false).formParam("title", "Tenth session").formParam("date", "2027-01-20")
                .formParam("startTime", "10:00").formParam("plannedMinutes", "180")
                .when().post("/assembly/secretary/bodies/" + FakeAssembly.BODY_ID + "/sessions/new").then().statusCode(303);
        assertThat(service.calls).containsOnlyOnce("planSession");

        given().header("Accept-Language", "en").when().get("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID).then()
                .statusCode(200).body(allOf(containsString("Publish the agenda"), containsString("Add an item"),
                        containsString("December 10, 2026")));
        given().redirects().follow(false).formParam("parentId", FakeAssembly.ITEM_ID.toString()).formParam("title", "Questions")
                .formParam("durationMinutes", "10")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/items").then().statusCode(303);
        assertThat(((AssemblyClient.NewItem) service.lastBody).parentId()).isEqualTo(FakeAssembly.ITEM_ID);

        service.refuseNextWrite = Problems.problem(422, "notice-period",
                "the agenda must be published at least 10 calendar days before the session; earliest session date 2026-12-05");
        given().header("Accept-Language", "en").formParam("to", "agenda_published")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/transition").then().statusCode(422)
                .body(allOf(containsString("role=\"alert\""), containsString("the notice period before this session has already begun"),
                        containsString("earliest session date 2026-12-05"), not(containsString("Exception"))));
        given().redirects().follow(false).header("Accept-Language", "kk").formParam("to", "agenda_published")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/transition").then().statusCode(303);
    }

    @Test
    @TestSecurity(user = "official.almaty", roles = "official")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "official.almaty"))
    void theSecretaryRecordsAttendanceAndDecisionsAndSeesQuorumRefusals() {
        service.sessionStatus = "in_session";
        given().header("Accept-Language", "en").when().get("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID).then()
                .statusCode(200).body(allOf(containsString("Members present"), containsString("Record the decision"),
                        containsString("Close the session")));
        given().redirects().follow(false).formParam("presentCount", "33")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/attendance").then().statusCode(303);
        given().header("Accept-Language", "en").formParam("presentCount", "many")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/attendance").then().statusCode(400)
                .body(containsString("Enter whole numbers."));
        service.refuseNextWrite = Problems.problem(422, "quorum-not-met", "20 present, 26 required");
        given().header("Accept-Language", "en").formParam("result", "ADOPTED").formParam("text", "Adopted")
                .formParam("votesFor", "18").formParam("votesAgainst", "1").formParam("abstentions", "1")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/items/" + FakeAssembly.ITEM_ID + "/decision")
                .then().statusCode(422).body(allOf(containsString("Without a quorum"), containsString("20 present, 26 required")));
        given().header("Accept-Language", "en").formParam("text", "Adopted")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/items/" + FakeAssembly.ITEM_ID + "/decision")
                .then().statusCode(400).body(containsString("Fill in the required fields."));
        given().header("Accept-Language", "en").formParam("to", "")
                .when().post("/assembly/secretary/sessions/" + FakeAssembly.SESSION_ID + "/transition").then().statusCode(400)
                .body(containsString("not possible in the session"));
        AssemblyClient.NewDecision sent = (AssemblyClient.NewDecision) service.lastBody;
        assertThat(sent.votesFor()).isEqualTo(18);
        assertThat(service.calls).containsSubsequence("attendance", "decide:ADOPTED");
    }
}
