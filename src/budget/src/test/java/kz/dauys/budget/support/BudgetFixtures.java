package kz.dauys.budget.support;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import kz.dauys.testsupport.DauysTestStack;
import kz.dauys.testsupport.KeycloakTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Drives the budget API as real users (real Keycloak tokens) and stands in for moderation on the real broker. */
public final class BudgetFixtures {

    public static final String BOSTANDYK = "KZ-75-BOSTANDYK";

    private BudgetFixtures() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(KeycloakTokens.accessToken(user)).contentType(ContentType.JSON);
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Almaty"));
    }

    /** Phase dates with proposals open today and every later phase in the future. */
    public static Map<String, Object> openDates() {
        LocalDate today = today();
        return Map.of("proposalsFrom", today.toString(), "reviewFrom", today.plusDays(10).toString(),
                "votingFrom", today.plusDays(20).toString(), "tallyingFrom", today.plusDays(30).toString(),
                "resultsFrom", today.plusDays(40).toString(), "implementationFrom", today.plusDays(50).toString());
    }

    public static Map<String, Object> cycleBody(String territory, long budget, String rule, Map<String, Object> ballotRules) {
        return Map.of("territoryCode", territory,
                "title", Map.of("kk", "Бостандық бюджеті", "ru", "Бюджет Бостандыка", "en", "Bostandyk budget"),
                "description", Map.of("en", "Residents decide how to spend part of the district budget."),
                "budget", budget, "phases", openDates(), "outcomeRule", rule, "utility", "COST",
                "ballotRules", ballotRules);
    }

    public static UUID openCycle(String official, String territory, long budget, String rule, Map<String, Object> ballotRules) {
        String id = as(official).body(cycleBody(territory, budget, rule, ballotRules))
                .post("/api/budget/cycles").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static Map<String, Object> proposalBody(String title, long cost) {
        return Map.of("title", title, "description", "A project for the district: " + title, "category", "parks",
                "language", "ru", "location", Map.of("text", "Al-Farabi Ave", "latitude", 43.22, "longitude", 76.92),
                "estimatedCost", cost, "attachments", List.of("https://example.kz/plan.pdf"));
    }

    public static UUID submit(UUID cycle, String resident, String title, long cost) {
        String id = as(resident).body(proposalBody(title, cost))
                .post("/api/budget/cycles/" + cycle + "/proposals").then().statusCode(201).extract().path("proposal.id");
        return UUID.fromString(id);
    }

    public static void advance(UUID cycle, String official, String to) {
        as(official).body(Map.of("to", to)).post("/api/budget/cycles/" + cycle + "/advance").then().statusCode(200);
    }

    public static void review(UUID proposal, String official, boolean feasible, Long officialCost) {
        Map<String, Object> body = officialCost == null
                ? Map.of("feasible", feasible, "reason", feasible ? "Technically possible" : "Land is private")
                : Map.of("feasible", feasible, "reason", "Checked by the district engineers", "officialCost", officialCost);
        as(official).body(body).post("/api/budget/proposals/" + proposal + "/review").then().statusCode(200);
    }

    /** Publishes a moderation decision on the real broker, as the moderation service would. */
    public static void decide(KafkaCompanion kafka, UUID proposal, String outcome, String reasons) {
        decide(kafka, proposal, outcome, reasons, UUID.randomUUID().toString());
    }

    /** The same decision sent with a given CloudEvent id, to test redelivery. */
    public static void decide(KafkaCompanion kafka, UUID proposal, String outcome, String reasons, String eventId) {
        String json = """
                {"caseId":"case-%s","kind":"BUDGET_PROPOSAL","itemId":"%s","originService":"budget","outcome":"%s",
                 "reasonCode":%s,"statementOfReasons":"%s","onAppeal":false,"decidedAt":"%s"}"""
                .formatted(UUID.randomUUID(), proposal, outcome, "APPROVE".equals(outcome) ? "null" : "\"off-topic\"",
                        reasons, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>("dauys.moderation", null, proposal.toString(), json,
                List.of(header("ce_specversion", "1.0"), header("ce_id", eventId),
                        header("ce_type", "kz.dauys.moderation.decision.made.v1"),
                        header("ce_source", "/services/moderation"), header("ce_subject", proposal.toString()),
                        header("ce_time", Instant.now().toString())));
        kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(20));
    }

    /** Approves through moderation (real broker) and waits until the proposal is public. */
    public static void approve(KafkaCompanion kafka, UUID proposal) {
        decide(kafka, proposal, "APPROVE", "Meets the rules");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/api/budget/proposals/" + proposal).statusCode() == 200);
    }

    /** A proposal submitted by aigerim, approved by moderation and reviewed feasible at {@code cost}. */
    public static UUID feasibleProject(KafkaCompanion kafka, UUID cycle, String title, long cost) {
        UUID id = submit(cycle, "aigerim", title, cost);
        approve(kafka, id);
        return id;
    }

    /** The first event of {@code type} keyed {@code key} on {@code topic}, read from the real broker. */
    public static ConsumerRecord<String, String> event(KafkaCompanion kafka, String topic, String key, String type) {
        var task = kafka.consumeStrings().fromTopics(topic, records -> records
                .filter(r -> key.equals(r.key()) && type.equals(header(r, "ce_type"))).select().first());
        task.awaitCompletion(Duration.ofSeconds(60));
        return task.getRecords().get(0);
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static KafkaCompanion kafka() {
        return new KafkaCompanion(DauysTestStack.KAFKA_BOOTSTRAP);
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
