package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import kz.dauys.portal.e2e.PortalSession.Page;
import kz.dauys.testsupport.KeycloakTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static kz.dauys.portal.e2e.PortalSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ombudsman desk's handling forms over the real ombudsman service, signed in through the real Keycloak:
 * ombudsman.almaty assigns a complaint, extends its decision term, and after acceptance moves it through inquiry,
 * recommendation, the body's answer and closing; refusals by the portal and by the service come back readable with
 * what was typed; a resident gets the 403 page.
 */
@QuarkusTest
class OmbudsmanCaseHandlingPageTest {

    @Test
    void staffAssignExtendAndCloseACaseWithReadableRefusals() {
        String caseId = fileComplaint("Ramp removed " + UUID.randomUUID().toString().substring(0, 8));
        ombudsman("ombudsman.almaty").body("{}").post("/api/ombudsman/cases/" + caseId + "/acknowledgement").then().statusCode(200);
        String path = "/ombudsman-desk/cases/" + caseId;

        PortalSession staff = PortalSession.signIn("ombudsman.almaty");
        Page page = staff.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"handling-heading\"", "action=\"" + path + "/assignment\"",
                "<option value=\"ombudsman.almaty\"", "action=\"" + path + "/extension\"")
                .doesNotContain("action=\"" + path + "/status\"");

        Page refused = staff.post(path + "/assignment", fields("assignee", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "Choose the staff member to assign.");
        refused = staff.post(path + "/assignment", fields("assignee", "nobody.here"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Not a known staff member of office KZ-75: nobody.here");

        Page done = staff.post(path + "/assignment", fields("assignee", "ombudsman.almaty"));
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.location()).endsWith(path + "?done=assigned");
        assertThat(staff.get(path + "?done=assigned").body()).contains("The case is assigned.", "<dd>ombudsman.almaty</dd>");
        assertThat(staffCase(caseId).getString("summary.assignee")).isEqualTo("ombudsman.almaty");

        LocalDate latest = LocalDate.parse(staffCase(caseId).getString("deadlines.latestExtension"));
        LocalDate due = LocalDate.parse(staffCase(caseId).getString("deadlines.decisionDueOn"));
        refused = staff.post(path + "/extension", fields("until", latest.plusDays(1).toString(), "reason", "The akimat's documents are late."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The decision can be extended until " + latest + " at most.",
                "The akimat&#39;s documents are late.</textarea>", "value=\"" + latest.plusDays(1) + "\"");
        refused = staff.post(path + "/extension", fields("until", "next week", "reason", "Documents late."));
        assertThat(refused.body()).contains("Give the new decision date.");
        refused = staff.post(path + "/extension", fields("until", due.plusDays(10).toString(), "reason", ""));
        assertThat(refused.body()).contains("Give the reason for the extension");

        done = staff.post(path + "/extension", fields("until", due.plusDays(10).toString(), "reason", "The akimat's documents are late."));
        assertThat(done.location()).endsWith("?done=extended");
        assertThat(staffCase(caseId).getString("deadlines.extendedUntil")).isEqualTo(due.plusDays(10).toString());
        assertThat(staff.get(path).body()).contains("extended until");

        accept(caseId);
        page = staff.get(path);
        assertThat(page.body()).contains("action=\"" + path + "/status\"", "value=\"inquiry\"", "value=\"closed\"")
                .doesNotContain("value=\"recommendation\"", "action=\"" + path + "/extension\"");
        refused = staff.post(path + "/status", fields("status", "closed", "text", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("A recommendation and a closing need their text.");
        refused = staff.post(path + "/status", fields("status", "recommendation", "text", "Restore the ramp within a month."));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("role=\"alert\"", "A accepted case cannot become recommendation.",
                "Restore the ramp within a month.</textarea>");

        assertThat(staff.post(path + "/status", fields("status", "inquiry")).location()).endsWith("?done=saved");
        assertThat(staff.post(path + "/status", fields("status", "recommendation", "text", "Restore the ramp within a month."))
                .location()).endsWith("?done=saved");
        page = staff.get(path);
        assertThat(page.body()).contains("Restore the ramp within a month.", "action=\"" + path + "/body-answer\"");
        assertThat(staff.post(path + "/body-answer", fields("answer", "  ")).body()).contains("Write a text first.");
        assertThat(staff.post(path + "/body-answer", fields("answer", "The ramp will be rebuilt by 1 March.")).location())
                .endsWith("?done=saved");
        assertThat(staff.post(path + "/status", fields("status", "closed", "text", "The body agreed to rebuild the ramp.")).location())
                .endsWith("?done=saved");
        page = staff.get(path);
        assertThat(page.body()).contains("The ramp will be rebuilt by 1 March.", "The body agreed to rebuild the ramp.")
                .doesNotContain("action=\"" + path + "/status\"", "action=\"" + path + "/assignment\"");
        assertThat(staffCase(caseId).getString("summary.status")).isEqualTo("closed");

        PortalSession resident = PortalSession.signIn("aigerim");
        Page forbidden = resident.get(path);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You do not have access to this page");
        forbidden = resident.post(path + "/assignment", fields("assignee", "ombudsman.almaty"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You do not have access to this page");
    }

    private static String fileComplaint(String title) {
        String body = """
                {"body": {"name": "Akimat of Bostandyk district", "territory": "KZ-75", "central": false}, "title": "%s",
                 "whatHappened": "The wheelchair ramp at clinic No. 5 was removed in October and not put back.",
                 "consentToShare": true}
                """.formatted(title);
        return ombudsman("aigerim").header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/ombudsman/complaints").then().statusCode(201).extract().path("id");
    }

    /** Triage with every checklist answer yes, then accept (through the API: the triage page has its own tests). */
    private static void accept(String caseId) {
        List<String> codes = ombudsman("ombudsman.almaty").get("/api/ombudsman/cases/" + caseId + "/triage-form").then()
                .statusCode(200).extract().path("checklist.code");
        String category = ombudsman("ombudsman.almaty").get("/api/ombudsman/cases/" + caseId + "/triage-form").then()
                .extract().path("categories[0].code");
        StringBuilder answers = new StringBuilder();
        for (String code : codes) {
            answers.append(answers.isEmpty() ? "" : ",").append("\"").append(code).append("\": {\"answer\": true}");
        }
        ombudsman("ombudsman.almaty").body("{\"answers\": {" + answers + "}, \"category\": \"" + category
                + "\", \"urgency\": \"STANDARD\", \"office\": \"KZ-75\"}").put("/api/ombudsman/cases/" + caseId + "/triage")
                .then().statusCode(200);
        ombudsman("ombudsman.almaty").body("{\"outcome\": \"ACCEPTED\"}").post("/api/ombudsman/cases/" + caseId + "/decision")
                .then().statusCode(200);
    }

    private static JsonPath staffCase(String caseId) {
        return JsonPath.from(ombudsman("ombudsman.almaty").get("/api/ombudsman/cases/" + caseId).then().statusCode(200)
                .extract().asString());
    }

    static RequestSpecification ombudsman(String user) {
        return RestAssured.given().baseUri(ServiceStack.serviceUrl("ombudsman")).auth().oauth2(KeycloakTokens.accessToken(user))
                .contentType(ContentType.JSON);
    }
}
