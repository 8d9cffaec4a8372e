package kz.dauys.assembly.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.contract.moderation.ModerationOutcome;
import kz.dauys.testsupport.CloudEventRecords;
import kz.dauys.testsupport.KafkaRecords;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.assembly.support.Api.ALMATY_MASLIKHAT;
import static kz.dauys.assembly.support.Api.TALGAR_MASLIKHAT;
import static kz.dauys.assembly.support.Api.anonymous;
import static kz.dauys.assembly.support.Api.as;
import static kz.dauys.assembly.support.Api.planAlmatySession;
import static kz.dauys.assembly.support.Api.text;
import static kz.dauys.assembly.support.Api.today;
import static kz.dauys.testsupport.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Residents propose and co-sponsor, moderation decides over the real broker, the secretary accepts or
 * declines: real Keycloak tokens for aigerim and daniyar (Almaty), olga (Astana) and the officials.
 */
@QuarkusTest
class ProposalJourneyTest {

    @Inject
    ObjectMapper json;

    @Test
    void residentProposalIsModeratedCosponsoredAndAccepted() throws Exception {
        String id = propose("aigerim", "Lighting on Abay avenue");
        ConsumerRecord<String, String> submitted = awaitEvent(id);
        assertThat(header(submitted, "ce_type")).isEqualTo("kz.dauys.assembly.item_proposal.submitted.v1");
        JsonNode payload = json.readTree(submitted.value());
        assertThat(payload.path("moderation").path("kind").asText()).isEqualTo("AGENDA_ITEM_PROPOSAL");
        assertThat(payload.path("moderation").path("originService").asText()).isEqualTo("assembly");
        assertThat(payload.path("moderation").path("itemId").asText()).isEqualTo(id);
        assertThat(payload.path("moderation").path("fields").path("title.en").asText()).isEqualTo("Lighting on Abay avenue");
        assertThat(payload.path("territoryCode").asText()).isEqualTo("KZ-75");
        assertThat(payload.path("bodyId").asText()).isEqualTo(ALMATY_MASLIKHAT.toString());
        assertThat(submitted.value()).doesNotContain("iin").doesNotContain("aigerim");

        // Not published yet: the public cannot see it, the author can.
        anonymous().get("/api/proposals/" + id).then().statusCode(404);
        as("aigerim").get("/api/proposals/" + id).then().statusCode(200).body("mine", equalTo(true));
        as("aigerim").get("/api/proposals/" + id + "/cosponsors").then().statusCode(200).body("total", equalTo(0));
        anonymous().get("/api/proposals/" + id + "/cosponsors").then().statusCode(404);
        as("daniyar").get("/api/proposals/" + id + "/cosponsors").then().statusCode(404);
        as("daniyar").post("/api/proposals/" + id + "/cosponsors").then().statusCode(409);

        decide(id, ModerationOutcome.APPROVE, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("collecting")));

        as("olga").post("/api/proposals/" + id + "/cosponsors").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Only residents of Almaty"));
        as("aigerim").post("/api/proposals/" + id + "/cosponsors").then().statusCode(422)
                .body("type", equalTo("https://dauys.kz/problems/own-proposal"));
        as("official.almaty").post("/api/proposals/" + id + "/cosponsors").then().statusCode(403);
        as("daniyar").post("/api/proposals/" + id + "/cosponsors").then().statusCode(200)
                .body("cosponsorCount", equalTo(1))
                .body("cosponsoredByMe", equalTo(true))
                // the test threshold is one co-sponsor: now the secretary must decide
                .body("status", equalTo("awaiting_decision"))
                .body("decisionDueOn", equalTo(today().plusDays(30).toString()));
        as("daniyar").post("/api/proposals/" + id + "/cosponsors").then().statusCode(409);
        anonymous().get("/api/proposals/" + id + "/cosponsors").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].displayName", not(containsString("daniyar")));
        assertThat(kz.dauys.assembly.support.Rows.count(
                "select count(*) from proposal_cosponsor where proposal_id = ?::uuid and iin_hash like 'k1:%'", id)).isEqualTo(1);

        anonymous().get("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals?status=awaiting_decision").then().statusCode(200)
                .body("items.id", hasItem(id));

        UUID session = planAlmatySession("Session with a resident item", today().plusDays(30), 120);
        as("official.astana").body(Map.of("sessionId", session.toString())).post("/api/proposals/" + id + "/accept")
                .then().statusCode(403);
        as("official.almaty").body(Map.of("sessionId", session.toString(), "durationMinutes", 20, "presenter", "Aigerim S."))
                .post("/api/proposals/" + id + "/accept").then().statusCode(200)
                .body("status", equalTo("accepted")).body("sessionId", equalTo(session.toString()));
        as("official.almaty").get("/api/sessions/" + session).then().statusCode(200)
                .body("agenda[0].title.en", equalTo("Lighting on Abay avenue"))
                .body("agenda[0].related.kind", equalTo("RESIDENT_PROPOSAL"))
                .body("agenda[0].related.id", equalTo(id))
                .body("agenda[0].durationMinutes", equalTo(20));
        as("official.almaty").body(Map.of("reason", "Changed my mind after all, sorry about that"))
                .post("/api/proposals/" + id + "/decline").then().statusCode(409);
    }

    @Test
    void declinedProposalShowsTheReasonToTheProposer() {
        String id = propose("daniyar", "Rename a street");
        awaitEvent(id);
        decide(id, ModerationOutcome.APPROVE, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/proposals/" + id).then().body("status", equalTo("collecting")));
        as("official.almaty").body(Map.of("reason", "short")).post("/api/proposals/" + id + "/decline")
                .then().statusCode(400);
        as("aigerim").body(Map.of("reason", "Street names are decided by the onomastic commission first."))
                .post("/api/proposals/" + id + "/decline").then().statusCode(403);
        as("official.almaty").body(Map.of("reason", "Street names are decided by the onomastic commission first."))
                .post("/api/proposals/" + id + "/decline").then().statusCode(200).body("status", equalTo("declined"));
        as("daniyar").get("/api/me/proposals").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.declineReason", containsString("onomastic commission"));
    }

    @Test
    void moderationCanAskForChangesAndTheAuthorResubmits() {
        String id = propose("aigerim", "Bad title");
        awaitEvent(id);
        decide(id, ModerationOutcome.REQUEST_CHANGES, "Please describe the problem without personal attacks.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("aigerim").get("/api/proposals/" + id).then().body("status", equalTo("changes_requested"))
                        .body("moderationStatement", containsString("personal attacks")));
        as("daniyar").get("/api/proposals/" + id).then().statusCode(404);
        as("daniyar").body(Map.of("title", text("Hijack"), "description", text("x"))).put("/api/proposals/" + id)
                .then().statusCode(403);
        as("aigerim").body(Map.of("title", text("Better title"), "description", text("A calm description")))
                .put("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("in_moderation"));
        decide(id, ModerationOutcome.REJECT, "Outside the maslikhat's competence.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as("aigerim").get("/api/proposals/" + id).then().body("status", equalTo("rejected")));
        anonymous().get("/api/proposals/" + id).then().statusCode(404);
    }

    @Test
    void hiddenProposalsLeaveThePublicAndComeBackOnRestore() {
        String id = propose("daniyar", "Dog park in Medeu");
        awaitEvent(id);
        decide(id, ModerationOutcome.APPROVE, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("collecting")));
        decide(id, ModerationOutcome.HIDE, "Reported as spam; under review.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/proposals/" + id).then().statusCode(404));
        as("daniyar").get("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("hidden"));
        as("aigerim").post("/api/proposals/" + id + "/cosponsors").then().statusCode(409);
        decide(id, ModerationOutcome.RESTORE, "The review found no breach.");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                anonymous().get("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("collecting")));
        // A decision about another service's item with the same id changes nothing here.
        String foreign = UUID.randomUUID().toString();
        CloudEventRecords.send(ModerationDecided.EVENT, id, foreign,
                new ModerationDecided(UUID.randomUUID().toString(), ContentKind.PETITION, id, "petitions",
                        ModerationOutcome.HIDE, "x", "not ours", false, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> kz.dauys.assembly.support.Rows.count(
                "select count(*) from processed_event where event_id = ?", foreign) == 1);
        anonymous().get("/api/proposals/" + id).then().statusCode(200).body("status", equalTo("collecting"));
    }

    @Test
    void onlyAdultResidentsOfTheTerritoryPropose() {
        Map<String, Object> request = Map.of("title", text("Trams"), "description", text("Bring back the tram"));
        as("olga").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals").then().statusCode(403);
        as("nurlan").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals").then().statusCode(403);
        as("timur").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals").then().statusCode(403);
        as("official.almaty").body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals").then().statusCode(403);
        anonymous().body(request).post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals").then().statusCode(401);
        as("nurlan").body(request).post("/api/bodies/" + TALGAR_MASLIKHAT + "/proposals").then().statusCode(201)
                .body("status", equalTo("in_moderation")).body("moderationStatement", nullValue());
        as("aigerim").body(Map.of("title", text("No description"))).post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals")
                .then().statusCode(400);
    }

    private static String propose(String user, String title) {
        return as(user).body(Map.of("title", text(title), "description", text(title + ": why it matters")))
                .post("/api/bodies/" + ALMATY_MASLIKHAT + "/proposals")
                .then().statusCode(201).body("status", equalTo("in_moderation")).extract().path("id");
    }

    private void decide(String proposalId, ModerationOutcome outcome, String statement) {
        CloudEventRecords.send(ModerationDecided.EVENT, proposalId, UUID.randomUUID().toString(),
                new ModerationDecided(UUID.randomUUID().toString(), ContentKind.AGENDA_ITEM_PROPOSAL, proposalId, "assembly",
                        outcome, outcome == ModerationOutcome.APPROVE ? null : "test", statement, false, Instant.now()));
    }

    private static ConsumerRecord<String, String> awaitEvent(String key) {
        return KafkaRecords.awaitByKey("dauys.assembly", key, 1, Duration.ofSeconds(30)).get(0);
    }
}
