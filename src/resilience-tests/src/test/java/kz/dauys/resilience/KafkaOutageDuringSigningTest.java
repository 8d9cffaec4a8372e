package kz.dauys.resilience;

import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The private broker stopped for 60 s during signing and submissions: signing keeps answering 2xx,
 * nothing is lost, the outbox drains after the restart, and the moderation service (a consumer)
 * opens exactly one case per submitted petition.
 */
@Order(2)
class KafkaOutageDuringSigningTest {

    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @Test
    void signingContinuesThroughABrokerOutageAndNothingIsLostOrDuplicated() throws Exception {
        ServiceProcess petitions = FaultStack.petitions();
        FaultStack.moderation();
        List<Signers.Signer> signers = Signers.create(FaultStack.KEYCLOAK.url(), "kafka", 40);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(PetitionDesk.createAndSubmit(petitions.url(), signers.get(i).token(), "Проверка отказа брокера, петиция " + i));
        }
        PetitionDesk.approve(petitions.url(), FaultStack.KAFKA.bootstrap(), ids);
        List<UUID> submitted = Collections.synchronizedList(new ArrayList<>(ids));

        // 240 signatures at 2/s: about two minutes of load around the 60 s outage.
        SigningLoad load = new SigningLoad(petitions.url(), signers, ids, 0, 2).start();
        Awaitility.await("signing under way").atMost(Duration.ofSeconds(30)).until(() -> load.acknowledgedCount() >= 10);

        FaultStack.KAFKA.stop();
        Instant stopped = Instant.now();
        int acknowledgedAtStop = load.acknowledgedCount();
        List<String> submissionFailures = new ArrayList<>();
        int[] round = {0};
        Awaitility.await("a broker outage of " + OUTAGE.toSeconds() + " s with submissions and signing going on")
                .atMost(OUTAGE.plusSeconds(60)).pollInterval(Duration.ofSeconds(5))
                .until(() -> {
                    try {
                        submitted.add(PetitionDesk.createAndSubmit(petitions.url(), signers.get(round[0] % signers.size()).token(),
                                "Подана во время отказа брокера " + round[0]++));
                    } catch (Exception e) {
                        submissionFailures.add(e.getMessage());
                    }
                    return Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0;
                });
        int acknowledgedDuringOutage = load.acknowledgedCount() - acknowledgedAtStop;
        long pendingDuringOutage;
        try (Connection db = TestDatabase.connect(FaultStack.PETITIONS_DB)) {
            pendingDuringOutage = SignatureLedger.unpublishedOutboxRows(db);
        }
        Instant restartRequested = Instant.now();
        FaultStack.KAFKA.start();
        Instant restarted = Instant.now();
        Awaitility.await("the signing load ends").atMost(Duration.ofSeconds(180)).until(load::finished);

        System.out.printf("[kafka outage] %d s down (%d s outage + %d s for the broker to start again); signatures acknowledged while down: %d; submissions while down: %d (failed %d);"
                        + " outbox rows pending at restart: %d; outcomes: %s%n", Duration.between(stopped, restarted).toSeconds(),
                Duration.between(stopped, restartRequested).toSeconds(), Duration.between(restartRequested, restarted).toSeconds(),
                acknowledgedDuringOutage, round[0], submissionFailures.size(), pendingDuringOutage, load.outcomes);
        assertThat(submissionFailures).as("submissions while the broker is down").isEmpty();
        assertThat(acknowledgedDuringOutage).as("signatures acknowledged while the broker was down").isGreaterThan(50);
        assertThat(load.outcomes.keySet()).as("every signing request answered 2xx throughout").allMatch(s -> Set.of("200", "201").contains(s));
        assertThat(pendingDuringOutage).as("events waiting in the outbox while the broker was down").isPositive();

        try (Connection db = TestDatabase.connect(FaultStack.PETITIONS_DB)) {
            assertThat(SignatureLedger.missing(db, load.acknowledged)).isEmpty();
            assertThat(SignatureLedger.countMismatches(db, ids)).isEmpty();
            Awaitility.await("the outbox drains after the broker is back").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500)).until(() -> SignatureLedger.unpublishedOutboxRows(db) == 0);
            System.out.printf("[kafka outage] outbox drained %d s after the broker restart%n",
                    Duration.between(restarted, Instant.now()).toSeconds());
            assertThat(PetitionDesk.eventIdsOnTopic(FaultStack.KAFKA.bootstrap(), "dauys.petitions").keySet())
                    .containsAll(SignatureLedger.outboxIds(db));
        }
        try (Connection moderation = TestDatabase.connect(FaultStack.MODERATION_DB)) {
            Awaitility.await("one moderation case per submitted petition").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> casesPerPetition(moderation, submitted).size() == submitted.size());
            Map<String, Integer> cases = casesPerPetition(moderation, submitted);
            assertThat(cases.values()).as("moderation cases per submitted petition (exactly one)").containsOnly(1);
            System.out.printf("[kafka outage] %d submitted petitions, %d moderation cases, none duplicated%n", submitted.size(),
                    cases.values().stream().mapToInt(Integer::intValue).sum());
        }
    }

    private static Map<String, Integer> casesPerPetition(Connection db, List<UUID> ids) throws Exception {
        Map<String, Integer> cases = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("""
                select item_id, count(*) from moderation_case
                where origin_service = 'petitions' and item_id = any (?) group by item_id""")) {
            query.setArray(1, db.createArrayOf("text", ids.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    cases.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return cases;
    }
}
