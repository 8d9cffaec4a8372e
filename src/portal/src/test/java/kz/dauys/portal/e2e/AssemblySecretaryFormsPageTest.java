package kz.dauys.portal.e2e;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import kz.dauys.portal.e2e.PortalSession.Page;
import kz.dauys.testsupport.KeycloakTokens;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.e2e.PortalSession.fields;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The assembly secretary's agenda and proposal forms over the real assembly service, signed in through the real
 * Keycloak: official.almaty (secretary of the Almaty maslikhat) moves items, changes one (its other languages kept),
 * declines one resident's proposal and accepts another into the session, and records a decision with votes by name;
 * refusals come back readable with what was typed; residents and other officials cannot manage the session.
 */
@QuarkusTest
class AssemblySecretaryFormsPageTest {

    private static final List<String> MEMBERS = List.of("Aliyev Arman", "Bekova Dana", "Chen Lev", "Dauletova Aru", "Esenov Bolat");

    @Test
    void theSecretaryEditsTheAgendaAnswersProposalsAndRecordsVotesByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String bodyId = almatyMaslikhat();
        assembly("official.almaty").body(Map.of("members", MEMBERS)).put("/api/bodies/" + bodyId + "/members").then().statusCode(200);
        String sessionId = assembly("official.almaty").body("""
                {"title": {"en": "Session %s"}, "date": "%s", "startTime": "10:00", "plannedMinutes": 180, "place": "Abai Square 4"}
                """.formatted(tag, LocalDate.now().plusDays(30))).post("/api/bodies/" + bodyId + "/sessions").then()
                .statusCode(201).extract().path("id");
        String first = addItem(sessionId, "Budget 2027", "Бюджет 2027");
        String second = addItem(sessionId, "Parks", "Парки");
        String third = addItem(sessionId, "Transport", "Транспорт");
        String accepted = proposeAndApprove(bodyId, "Lighting in Medeu " + tag);
        String declined = proposeAndApprove(bodyId, "Rename Abai street " + tag);

        PortalSession secretary = PortalSession.signIn("official.almaty");
        String manage = "/assembly/secretary/sessions/" + sessionId;
        String agenda = "/assembly/agenda/sessions/" + sessionId;
        Page page = secretary.get(manage);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"" + agenda + "/items/" + third + "/move\"", "name=\"direction\" value=\"up\"",
                "action=\"" + agenda + "/items/" + second + "/edit\"", "id=\"proposals-heading\"",
                "action=\"" + agenda + "/proposals/" + accepted + "/accept\"", "action=\"" + agenda + "/proposals/" + declined + "/decline\"");

        assertThat(secretary.post(agenda + "/items/" + third + "/move", fields("direction", "up")).location())
                .endsWith(manage + "?done=saved");
        assertThat(topLevelIds(sessionId)).containsExactly(first, third, second);
        Page refused = secretary.post(agenda + "/items/" + first + "/move", fields("direction", "up"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("This item cannot move further that way.");

        refused = secretary.post(agenda + "/items/" + second + "/edit", fields("title", " ", "durationMinutes", "20"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"");
        refused = secretary.post(agenda + "/items/" + second + "/edit", fields("title", "Parks and squares",
                "description", "Greening plan", "durationMinutes", "500", "presenter", "Head of greening"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("value=\"Parks and squares\"", "Greening plan</textarea>", "value=\"500\"",
                "<details open>");
        assertThat(secretary.post(agenda + "/items/" + second + "/edit", fields("title", "Parks and squares",
                "description", "Greening plan", "durationMinutes", "20", "presenter", "Head of greening")).location())
                .endsWith("?done=saved");
        JsonPath item = item(sessionId, second);
        assertThat(item.getString("title.en")).isEqualTo("Parks and squares");
        assertThat(item.getString("title.ru")).isEqualTo("Парки");
        assertThat(item.getInt("durationMinutes")).isEqualTo(20);
        assertThat(item.getString("presenter")).isEqualTo("Head of greening");

        refused = secretary.post(agenda + "/proposals/" + declined + "/decline", fields("reason", "Too short."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Write a reason of at least 20 characters", "Too short.</textarea>");
        assertThat(secretary.post(agenda + "/proposals/" + declined + "/decline",
                fields("reason", "Street names are decided by the onomastic commission, not by the maslikhat.")).location())
                .endsWith("?done=declined");
        assertThat(proposal(declined).getString("status")).isEqualTo("declined");
        assertThat(proposal(declined).getString("declineReason")).startsWith("Street names are decided");

        refused = secretary.post(agenda + "/proposals/" + accepted + "/accept", fields("durationMinutes", "900", "presenter", "Author"));
        assertThat(refused.status()).isBetween(400, 422);
        assertThat(refused.body()).contains("role=\"alert\"", "value=\"900\"");
        assertThat(secretary.post(agenda + "/proposals/" + accepted + "/accept", fields("durationMinutes", "15")).location())
                .endsWith("?done=accepted");
        assertThat(proposal(accepted).getString("status")).isEqualTo("accepted");
        assertThat(topLevelIds(sessionId)).hasSize(4);
        assertThat(secretary.get(manage + "?done=accepted").body()).contains("The proposal is on the agenda.", "Lighting in Medeu " + tag)
                .doesNotContain("action=\"" + agenda + "/proposals/" + accepted + "/accept\"");

        for (String to : List.of("agenda_published", "in_session")) {
            assembly("official.almaty").body(Map.of("to", to)).post("/api/sessions/" + sessionId + "/transitions").then().statusCode(200);
        }
        assembly("official.almaty").body(Map.of("presentCount", 30)).put("/api/sessions/" + sessionId + "/attendance").then().statusCode(200);
        page = secretary.get(manage);
        assertThat(page.body()).contains("Votes by name", "<label for=\"vote-" + first + "-0\">Aliyev Arman</label>")
                .doesNotContain("/move\"");
        refused = secretary.post(manage + "/items/" + first + "/decision", fields("result", "ADOPTED",
                "text", "Adopted with the amendments.", "votesFor", "many"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Adopted with the amendments.</textarea>");
        assertThat(secretary.post(manage + "/items/" + first + "/decision", fields("result", "ADOPTED",
                "text", "Adopted with the amendments.", "votesFor", "", "vote_0", "FOR", "vote_1", "FOR", "vote_2", "AGAINST",
                "vote_3", "ABSTAIN", "vote_4", "")).location()).endsWith("?done=saved");
        JsonPath decided = item(sessionId, first);
        assertThat(decided.getInt("decision.votesFor")).isEqualTo(2);
        assertThat(decided.getInt("decision.votesAgainst")).isEqualTo(1);
        assertThat(decided.getInt("decision.abstentions")).isEqualTo(1);
        assertThat(decided.getList("decision.votesByName.member")).containsExactly("Aliyev Arman", "Bekova Dana", "Chen Lev", "Dauletova Aru");

        PortalSession resident = PortalSession.signIn("aigerim");
        assertThat(resident.get(manage).status()).isEqualTo(403);
        Page forbidden = resident.post(agenda + "/items/" + second + "/move", fields("direction", "down"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("You do not have access to this page");
        PortalSession astana = PortalSession.signIn("official.astana");
        Page notTheirs = astana.post(agenda + "/proposals/" + accepted + "/decline",
                fields("reason", "Not my maslikhat, but I try to decline it anyway."));
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.body()).doesNotContain("Exception");
        assertThat(proposal(accepted).getString("status")).isEqualTo("accepted");
    }

    static String almatyMaslikhat() {
        List<Map<String, Object>> bodies = RestAssured.given().baseUri(ServiceStack.serviceUrl("assembly"))
                .get("/api/bodies").then().statusCode(200).extract().path("");
        return bodies.stream().filter(b -> "official.almaty".equals(b.get("secretaryUsername")))
                .map(b -> (String) b.get("id")).findFirst().orElseThrow();
    }

    static String addItem(String sessionId, String en, String ru) {
        return assembly("official.almaty").body(Map.of("title", Map.of("en", en, "ru", ru), "durationMinutes", 30))
                .post("/api/sessions/" + sessionId + "/agenda/items").then().statusCode(201).extract().path("id");
    }

    /** aigerim proposes an item; moderator1 approves the case that arrives over Kafka; the proposal then collects co-sponsors. */
    private static String proposeAndApprove(String bodyId, String title) {
        String id = assembly("aigerim").body(Map.of("title", Map.of("en", title),
                        "description", Map.of("en", "Residents of the district ask the maslikhat to consider this.")))
                .post("/api/bodies/" + bodyId + "/proposals").then().statusCode(201).extract().path("id");
        ServiceApis.approveInModeration(id);
        Awaitility.await("the proposal collecting").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "collecting".equals(proposal(id).getString("status")));
        return id;
    }

    private static List<String> topLevelIds(String sessionId) {
        return session(sessionId).getList("agenda.id");
    }

    private static JsonPath item(String sessionId, String itemId) {
        JsonPath session = session(sessionId);
        List<Map<String, Object>> agenda = session.getList("agenda");
        for (int i = 0; i < agenda.size(); i++) {
            if (itemId.equals(agenda.get(i).get("id"))) {
                return JsonPath.from(session.prettify()).setRootPath("agenda[" + i + "]");
            }
        }
        throw new AssertionError("no item " + itemId);
    }

    private static JsonPath session(String sessionId) {
        return JsonPath.from(assembly("official.almaty").get("/api/sessions/" + sessionId).then().statusCode(200).extract().asString());
    }

    private static JsonPath proposal(String id) {
        return JsonPath.from(assembly("official.almaty").get("/api/proposals/" + id).then().statusCode(200).extract().asString());
    }

    static RequestSpecification assembly(String user) {
        return RestAssured.given().baseUri(ServiceStack.serviceUrl("assembly")).auth().oauth2(KeycloakTokens.accessToken(user))
                .contentType(ContentType.JSON);
    }
}
