package kz.dauys.assembly.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.testsupport.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.assembly.support.Api.ALMATY_MASLIKHAT;
import static kz.dauys.assembly.support.Api.addItem;
import static kz.dauys.assembly.support.Api.anonymous;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.item;
import static kz.dauys.assembly.support.Api.moveTo;
import static kz.dauys.assembly.support.Api.planAlmatySession;
import static kz.dauys.assembly.support.Api.session;
import static kz.dauys.assembly.support.Api.text;
import static kz.dauys.assembly.support.Api.today;
import static kz.dauys.testsupport.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** A session from planning to published minutes, the notice period, and who may run it. */
@QuarkusTest
class SessionLifecycleTest {

    @Inject
    ObjectMapper json;

    @Test
    void onlyTheBodysSecretaryPlansSessions() {
        var request = session("Regular session", today().plusDays(30), 180);
        as("official.astana").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("secretary"));
        as("official.bostandyk").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions")
                .then().statusCode(403);
        as("aigerim").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions").then().statusCode(403);
        anonymous().body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions").then().statusCode(401);
        as("official.almaty").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions")
                .then().statusCode(201).body("status", equalTo("planned"))
                .body("startsAt", containsString("T10:00:00+05:00"));
    }

    @Test
    void badSessionsAreRefusedAndStoreNothing() {
        long before = kz.dauys.assembly.support.Rows.count("select count(*) from assembly_session");
        Map<String, Object> noPlace = new HashMap<>(session("No place", today().plusDays(30), 60));
        noPlace.remove("place");
        as("official.almaty").body(noPlace).post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("place"));
        as("official.almaty").body(session("In the past", today().minusDays(1), 60))
                .post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions").then().statusCode(400);
        as("official.almaty").body("{\"title\": 5").post("/api/bodies/" + ALMATY_MASLIKHAT + "/sessions")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(kz.dauys.assembly.support.Rows.count("select count(*) from assembly_session")).isEqualTo(before);
    }

    @Test
    void plannedSessionsAreHiddenFromThePublicUntilTheAgendaIsPublished() {
        UUID id = planAlmatySession("Draft session", today().plusDays(40), 120);
        anonymous().get("/api/sessions/" + id).then().statusCode(404);
        as("aigerim").get("/api/sessions/" + id).then().statusCode(404);
        as("official.almaty").get("/api/sessions/" + id).then().statusCode(200).body("status", equalTo("planned"));
    }

    @Test
    void onlyTheNextStatusIsAllowed() {
        UUID id = planAlmatySession("Out of order", today().plusDays(30), 120);
        as("official.almaty").body(Map.of("to", "in_session")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/invalid-transition"))
                .body("detail", containsString("only move to agenda_published"));
        as("official.almaty").body(Map.of("to", "agenda_published")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/agenda-empty"));
        as("official.almaty").body(Map.of("to", "nonsense")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(400);
        as("official.astana").body(Map.of("to", "agenda_published")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(403);
    }

    @Test
    void publishingTooLateIsRefusedWithTheEarliestAllowedDate() {
        UUID id = planAlmatySession("Urgent session", today().plusDays(9), 60);
        addItem(id, item("Urgent question", 30));
        as("official.almaty").body(Map.of("to", "agenda_published")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://dauys.kz/problems/notice-period"))
                .body("detail", containsString("at least 10 calendar days"))
                .body("earliestSessionDate", equalTo(today().plusDays(10).toString()));
        as("official.almaty").get("/api/sessions/" + id).then().body("status", equalTo("planned"));

        // Exactly on the earliest date is in time.
        UUID inTime = planAlmatySession("Session on the earliest date", today().plusDays(10), 60);
        addItem(inTime, item("Question", 30));
        moveTo(inTime, "agenda_published");
        anonymous().get("/api/sessions/" + inTime).then().statusCode(200)
                .body("status", equalTo("agenda_published"))
                .body("agendaDueBy", equalTo(today().toString()));
    }

    @Test
    void fullSessionToMinutesReportsPetitionDecisions() throws Exception {
        as("official.almaty").body(Map.of("members", List.of("Deputy A", "Deputy B", "Deputy C")))
                .put("/api/bodies/" + ALMATY_MASLIKHAT + "/members").then().statusCode(200);
        UUID id = planAlmatySession("XII regular session", today().plusDays(21), 240);
        String petitionId = UUID.randomUUID().toString();
        Map<String, Object> petitionItem = new HashMap<>(item("Consider petition 42", 60));
        petitionItem.put("relatedKind", "PETITION");
        petitionItem.put("relatedId", petitionId);
        UUID first = addItem(id, petitionItem);
        UUID second = addItem(id, item("City budget amendments", 90));
        UUID sub = addItem(id, item(second, "Amendment on parks", 30));

        as("official.almaty").body(Map.of("to", "in_session")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(409);
        moveTo(id, "agenda_published");
        as("official.almaty").body(item("Late item", 5)).post("/api/sessions/" + id + "/agenda/items")
                .then().statusCode(409);
        as("official.almaty").body(Map.of("presentCount", 30)).put("/api/sessions/" + id + "/attendance")
                .then().statusCode(409);
        moveTo(id, "in_session");

        // Seats 39, quorum two thirds: 26 required.
        as("official.almaty").body(Map.of("presentCount", 20)).put("/api/sessions/" + id + "/attendance")
                .then().statusCode(200)
                .body("quorum.seats", equalTo(39)).body("quorum.present", equalTo(20))
                .body("quorum.required", equalTo(26)).body("quorum.met", equalTo(false));
        as("official.almaty").body(decision("ADOPTED", 18, 1, 1)).put("/api/sessions/" + id + "/agenda/items/" + first + "/decision")
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/quorum-not-met"));
        as("official.astana").body(Map.of("presentCount", 30)).put("/api/sessions/" + id + "/attendance")
                .then().statusCode(403);
        as("official.almaty").body(Map.of("presentCount", 30)).put("/api/sessions/" + id + "/attendance")
                .then().statusCode(200).body("quorum.met", equalTo(true));
        as("official.almaty").body(decision("ADOPTED", 25, 3, 5)).put("/api/sessions/" + id + "/agenda/items/" + first + "/decision")
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/votes-exceed-attendance"));
        as("official.almaty").body(decision("ADOPTED", 25, 3, 2)).put("/api/sessions/" + id + "/agenda/items/" + first + "/decision")
                .then().statusCode(200).body("decision.result", equalTo("ADOPTED")).body("decision.votesFor", equalTo(25));
        moveTo(id, "closed");
        as("official.almaty").body(Map.of("to", "minutes_published")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(422).body("type", equalTo("https://dauys.kz/problems/decisions-missing"))
                .body("detail", containsString("2"));
        as("official.almaty").body(decision("POSTPONED", null, null, null))
                .put("/api/sessions/" + id + "/agenda/items/" + second + "/decision").then().statusCode(200);
        moveTo(id, "minutes_published");
        as("official.almaty").body(Map.of("to", "closed")).post("/api/sessions/" + id + "/transitions")
                .then().statusCode(409);

        anonymous().get("/api/sessions/" + id + "/minutes").then().statusCode(200)
                .body("attendance.present", equalTo(30)).body("attendance.required", equalTo(26))
                .body("items", hasSize(3))
                .body("items[0].order", equalTo("1")).body("items[0].result", equalTo("ADOPTED"))
                .body("items[2].order", equalTo("2.1")).body("items[2].result", nullValue());
        anonymous().get("/api/sessions/" + id + "/minutes.txt?lang=en").then().statusCode(200)
                .body(containsString("1. Consider petition 42")).body(containsString("adopted (for 25, against 3, abstained 2)"));
        anonymous().get("/api/sessions/" + id + "/minutes.txt").then().statusCode(200).body(containsString("Протокол"));
        assertThat(sub).isNotNull();

        ConsumerRecord<String, String> event = awaitEvent(petitionId);
        assertThat(header(event, "ce_type")).isEqualTo("kz.dauys.assembly.decision.recorded.v1");
        assertThat(header(event, "ce_source")).isEqualTo("/services/assembly");
        JsonNode payload = json.readTree(event.value());
        assertThat(payload.path("relatedKind").asText()).isEqualTo("PETITION");
        assertThat(payload.path("relatedId").asText()).isEqualTo(petitionId);
        assertThat(payload.path("result").asText()).isEqualTo("ADOPTED");
        assertThat(payload.path("votesFor").asInt()).isEqualTo(25);
        assertThat(payload.path("votesAgainst").asInt()).isEqualTo(3);
        assertThat(payload.path("abstentions").asInt()).isEqualTo(2);
        assertThat(payload.path("sessionId").asText()).isEqualTo(id.toString());
        assertThat(payload.path("itemId").asText()).isEqualTo(first.toString());
        assertThat(payload.path("bodyName").asText()).isEqualTo("Алматы қалалық мәслихаты");
        assertThat(payload.path("decisionTexts").path("ru").asText()).isEqualTo("Adopt (ru)");
    }

    @Test
    void attendanceByNameCountsMembersAndVotesByName() {
        as("official.almaty").body(Map.of("members", List.of("Deputy A", "Deputy B", "Deputy C")))
                .put("/api/bodies/" + ALMATY_MASLIKHAT + "/members").then().statusCode(200);
        UUID id = planAlmatySession("Named session", today().plusDays(25), 60);
        UUID item = addItem(id, item("Named vote", 30));
        moveTo(id, "agenda_published");
        moveTo(id, "in_session");
        as("official.almaty").body(Map.of("presentMembers", List.of("Deputy A", "Stranger")))
                .put("/api/sessions/" + id + "/attendance").then().statusCode(400)
                .body("detail", containsString("Stranger"));
        as("official.almaty").body(Map.of("presentMembers", List.of("Deputy A", "Deputy B")))
                .put("/api/sessions/" + id + "/attendance").then().statusCode(200)
                .body("quorum.present", equalTo(2)).body("presentMembers", hasSize(2));
        // 2 of 39 is no quorum: only postponing is possible.
        Map<String, Object> named = new HashMap<>();
        named.put("result", "POSTPONED");
        named.put("text", text("Postponed for lack of quorum"));
        named.put("votesByName", List.of(Map.of("member", "Deputy A", "choice", "FOR"), Map.of("member", "Deputy B", "choice", "ABSTAIN")));
        as("official.almaty").body(named).put("/api/sessions/" + id + "/agenda/items/" + item + "/decision")
                .then().statusCode(200)
                .body("decision.votesFor", equalTo(1)).body("decision.abstentions", equalTo(1))
                .body("decision.votesByName[0].member", equalTo("Deputy A"));
        named.put("votesByName", List.of(Map.of("member", "Deputy C", "choice", "FOR")));
        as("official.almaty").body(named).put("/api/sessions/" + id + "/agenda/items/" + item + "/decision")
                .then().statusCode(400).body("detail", containsString("Not recorded as present: Deputy C"));
    }

    private static Map<String, Object> decision(String result, Integer votesFor, Integer against, Integer abstain) {
        Map<String, Object> decision = new HashMap<>();
        decision.put("result", result);
        decision.put("text", text(result.equals("ADOPTED") ? "Adopt" : "Postpone"));
        decision.put("votesFor", votesFor);
        decision.put("votesAgainst", against);
        decision.put("abstentions", abstain);
        return decision;
    }

    private static ConsumerRecord<String, String> awaitEvent(String key) {
        return KafkaRecords.awaitByKey("dauys.assembly", key, 1, Duration.ofSeconds(30)).get(0);
    }
}
