package kz.dauys.resilience;

import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the petitions service while many distinct signers sign: after a restart every
 * acknowledged signature is there, counts equal rows, and every outbox event reaches the broker.
 */
@Order(1)
class KillNineDuringSigningTest {

    @Test
    void everyAcknowledgedSignatureSurvivesKillNineAndEveryEventIsPublished() throws Exception {
        ServiceProcess petitions = FaultStack.petitions();
        List<Signers.Signer> signers = Signers.create(FaultStack.KEYCLOAK.url(), "kill", 60);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(PetitionDesk.createAndSubmit(petitions.url(), signers.get(i).token(), "Проверка kill -9, петиция " + i));
        }
        PetitionDesk.approve(petitions.url(), FaultStack.KAFKA.bootstrap(), ids);

        SigningLoad load = new SigningLoad(petitions.url(), signers, ids, 24, 0).start();
        Awaitility.await("150 signatures acknowledged before the kill").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(20)).until(() -> load.acknowledgedCount() >= 150 || load.finished());
        assertThat(load.finished()).as("the load must still run when the service is killed").isFalse();
        petitions.kill();
        int acknowledgedAtKill = load.acknowledgedCount();
        petitions.start();
        Awaitility.await("the signing load drains").atMost(Duration.ofSeconds(180)).until(load::finished);
        load.retryUnanswered();

        System.out.printf("[kill -9] acknowledged at kill: %d, total acknowledged: %d, outcomes: %s, restart to ready: %s%n",
                acknowledgedAtKill, load.acknowledgedCount(), load.outcomes, petitions.lastReadyAfter());
        assertThat(load.outcomes.keySet()).as("answers other than 200/201 (connection refusals while down are 'no answer')")
                .allMatch(s -> Set.of("200", "201", "no answer").contains(s));
        assertThat(load.acknowledgedCount()).as("every pair signed in the end").isEqualTo(signers.size() * ids.size());

        try (Connection db = TestDatabase.connect(FaultStack.PETITIONS_DB)) {
            assertThat(SignatureLedger.missing(db, load.acknowledged)).as("acknowledged signatures missing after kill -9").isEmpty();
            assertThat(SignatureLedger.countMismatches(db, ids)).as("count != rows").isEmpty();
            Awaitility.await("every outbox row published").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> SignatureLedger.unpublishedOutboxRows(db) == 0);
            Set<String> outbox = SignatureLedger.outboxIds(db);
            Map<String, Integer> onTopic = PetitionDesk.eventIdsOnTopic(FaultStack.KAFKA.bootstrap(), "dauys.petitions");
            assertThat(onTopic.keySet()).as("outbox events on the broker").containsAll(outbox);
            System.out.printf("[kill -9] outbox events: %d, all on the broker; records on the topic: %d (duplicates from re-sends: %d)%n",
                    outbox.size(), onTopic.values().stream().mapToInt(Integer::intValue).sum(),
                    onTopic.values().stream().mapToInt(n -> n - 1).sum());
        }
    }
}
