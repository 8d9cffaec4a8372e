package kz.dauys.ombudsman.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationCaseEscalated;
import kz.dauys.contract.petitions.PetitionAddressee;
import kz.dauys.contract.petitions.PetitionAnswered;
import kz.dauys.contract.petitions.PetitionThresholdReached;
import kz.dauys.testsupport.CloudEventRecords;
import kz.dauys.testsupport.DauysTestStack;
import kz.dauys.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.ombudsman.Api.as;
import static kz.dauys.testsupport.CloudEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Referrals over the real broker: CloudEvents in, one case per source item, status changes out. */
@QuarkusTest
class ReferralIntakeTest {

    private static KafkaCompanion kafka;

    @Inject
    ObjectMapper json;

    @BeforeAll
    static void connect() {
        kafka = new KafkaCompanion(DauysTestStack.KAFKA_BOOTSTRAP);
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void humanRightsPetitionBecomesOneCaseEvenWhenDeliveredTwice() throws Exception {
        String petitionId = UUID.randomUUID().toString();
        PetitionThresholdReached reached = new PetitionThresholdReached(petitionId, 4711, "Stop detaining protesters",
                "Peaceful protesters are held for days without charge.",
                new PetitionAddressee("REGION", "AKIMAT", "KZ-75", "Akimat of Almaty"), "detention", 50_000, 50_000,
                Instant.now(), LocalDate.now().plusDays(30), "/petitions/4711");
        String eventId = UUID.randomUUID().toString();
        CloudEventRecords.send(PetitionThresholdReached.EVENT, petitionId, eventId, reached);
        CloudEventRecords.send(PetitionThresholdReached.EVENT, petitionId, eventId, reached);

        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor("PETITION", petitionId) == 1);
        // A different event about the same petition (its answer) still leaves one case, with the answer on file.
        CloudEventRecords.send(PetitionAnswered.EVENT, petitionId, UUID.randomUUID().toString(), new PetitionAnswered(petitionId, 4711,
                "Stop detaining protesters", reached.addressee(), "detention", "We will review the practice.", false,
                Instant.now(), "/petitions/4711"));
        await().atMost(Duration.ofSeconds(30)).until(() -> notesFor(petitionId) == 1);
        assertThat(casesFor("PETITION", petitionId)).isEqualTo(1);

        String caseId = caseIdFor("PETITION", petitionId);
        as("ombudsman.almaty").get("/api/ombudsman/cases/" + caseId).then().statusCode(200)
                .body("summary.sourceKind", equalTo("PETITION"))
                .body("summary.office", equalTo("KZ-75"))
                .body("summary.urgency", equalTo("DETENTION"))
                .body("sourceLink", equalTo("/petitions/4711"))
                .body("complainant", org.hamcrest.Matchers.nullValue());

        // Staff acknowledge: the petitions service hears the status, keyed by the petition id, with no personal data.
        as("ombudsman.almaty").body(Map.of()).post("/api/ombudsman/cases/" + caseId + "/acknowledgement").then().statusCode(200);
        ConsumerRecord<String, String> statusEvent = kafka.consumeStrings().fromTopics("dauys.ombudsman",
                        records -> records.filter(r -> petitionId.equals(r.key()) && r.value().contains("\"triage\"")).select().first())
                .awaitCompletion(Duration.ofSeconds(30)).getFirstRecord();
        assertThat(header(statusEvent, "ce_type")).isEqualTo("kz.dauys.ombudsman.referral.status_changed.v1");
        assertThat(header(statusEvent, "ce_subject")).isEqualTo(petitionId);
        Map<String, Object> payload = json.readValue(statusEvent.value(), new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
        assertThat(payload).containsEntry("sourceKind", "PETITION").containsEntry("sourceId", petitionId)
                .containsEntry("status", "triage").containsEntry("office", "KZ-75").containsEntry("caseId", caseId);
        assertThat(statusEvent.value()).doesNotContain("protesters");
    }

    @Test
    void petitionOnOtherTopicsIsIgnored() throws Exception {
        String roads = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        CloudEventRecords.send(PetitionThresholdReached.EVENT, roads, UUID.randomUUID().toString(), new PetitionThresholdReached(roads, 1,
                "Fix the roads", "Potholes", new PetitionAddressee("REGION", "AKIMAT", "KZ-71", "Akimat of Astana"),
                "transport", 10, 10, Instant.now(), LocalDate.now(), "/petitions/1"));
        // A later human-rights petition on the same partition key order proves the first was consumed and skipped.
        CloudEventRecords.send(PetitionThresholdReached.EVENT, roads, UUID.randomUUID().toString(), new PetitionThresholdReached(marker, 2,
                "Equal pay", "Equal pay for women", null, "discrimination", 10, 10, Instant.now(), LocalDate.now(), "/petitions/2"));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor("PETITION", marker) == 1);
        assertThat(casesFor("PETITION", roads)).isZero();
        // A petition to no named territory goes to the central office.
        as("ombudsman.central").get("/api/ombudsman/cases/" + caseIdFor("PETITION", marker)).then().statusCode(200)
                .body("summary.office", equalTo("central")).body("summary.category", equalTo("discrimination"));
    }

    @Test
    void escalatedModerationCaseBecomesACase() throws Exception {
        String moderationCase = UUID.randomUUID().toString();
        ModerationCaseEscalated escalated = new ModerationCaseEscalated(moderationCase, ContentKind.COMMENT,
                UUID.randomUUID().toString(), "petitions", "They beat my brother at the station",
                "Describes ill-treatment in police custody in Astana.", "ru", "/petitions/77#c12", "subject-1", "Marat K.",
                "KZ-71", "Possible torture; needs the ombudsman", Instant.now());
        String eventId = UUID.randomUUID().toString();
        CloudEventRecords.send(ModerationCaseEscalated.EVENT, moderationCase, eventId, escalated);
        CloudEventRecords.send(ModerationCaseEscalated.EVENT, moderationCase, eventId, escalated);
        await().atMost(Duration.ofSeconds(30)).until(() -> casesFor("MODERATION_CASE", moderationCase) == 1);
        String caseId = caseIdFor("MODERATION_CASE", moderationCase);
        as("ombudsman.almaty").get("/api/ombudsman/cases/" + caseId).then().statusCode(404);
        as("ombudsman.central").get("/api/ombudsman/cases/" + caseId).then().statusCode(200)
                .body("summary.office", equalTo("KZ-71"))
                .body("description", org.hamcrest.Matchers.containsString("Possible torture"));
    }

    private static long casesFor(String kind, String sourceId) throws Exception {
        return single("select count(*) from ombudsman_case where source_kind = ? and source_id = ?", kind, sourceId);
    }

    private static long notesFor(String petitionId) throws Exception {
        return single("select count(*) from case_message m join ombudsman_case c on c.id = m.case_id "
                + "where c.source_id = ? and m.kind = ?", petitionId, "INTERNAL_NOTE");
    }

    private static String caseIdFor(String kind, String sourceId) throws Exception {
        try (Connection db = TestDatabase.connect("dauys_ombudsman_test");
             PreparedStatement q = db.prepareStatement("select id from ombudsman_case where source_kind = ? and source_id = ?")) {
            q.setString(1, kind);
            q.setString(2, sourceId);
            try (ResultSet row = q.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static long single(String sql, String a, String b) throws Exception {
        try (Connection db = TestDatabase.connect("dauys_ombudsman_test"); PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, a);
            q.setString(2, b);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
