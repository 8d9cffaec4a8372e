package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import kz.dauys.petitions.signing.SignCommand;
import kz.dauys.petitions.signing.SignResult;
import kz.dauys.petitions.signing.SignatureBatcher;
import kz.dauys.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * A signature whose batch cannot commit in time (here: another transaction holds the petition's row)
 * is answered with a timeout after the configured second, not left hanging; once the row is free the
 * batch commits, the signature counts once, and signing again returns it.
 */
@QuarkusTest
@TestProfile(SigningTimeoutTest.OneSecondTimeout.class)
class SigningTimeoutTest {

    public static class OneSecondTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dauys.petitions.signing.timeout", "PT1S");
        }
    }

    @Inject
    SignatureBatcher batcher;

    @Test
    void aBatchThatCannotCommitAnswersWithATimeoutAndStillCountsOnce() throws Exception {
        UUID id = approvedAlmatyPetition("Освещение в сквере у школы");
        SignCommand command = new SignCommand(id, "test:" + id + ":late", "Late S.", true, "KZ-75", "KZ-75-MEDEU", "c0ffee", "library");
        CompletableFuture<SignResult> late;
        long started;
        try (Connection blocker = TestDatabase.connect(DB)) {
            blocker.setAutoCommit(false);
            try (PreparedStatement lock = blocker.prepareStatement("select id from petition where id = ? for update")) {
                lock.setObject(1, id);
                lock.executeQuery().close();
            }
            started = System.nanoTime();
            late = batcher.submit(command);
            Throwable failure = catchThrowable(() -> late.get(8, TimeUnit.SECONDS));
            long waited = System.nanoTime() - started;
            assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
            // Well under the default 10 s, with room for a loaded machine.
            assertThat(Duration.ofNanos(waited)).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
            assertThat(validRows(id)).isZero();
            blocker.rollback();
        }
        // The batch was already being written: it commits once the row is free.
        await().atMost(Duration.ofSeconds(10)).until(() -> validRows(id) == 1);
        assertThat(tallyTotal(id)).isEqualTo(1);
        assertThat(territorySum(id)).isEqualTo(1);

        SignResult again = batcher.submit(command).get(10, TimeUnit.SECONDS);
        assertThat(again.refusal()).isNull();
        assertThat(again.signature().created()).isFalse();
        assertThat(again.signature().signatures()).isEqualTo(1);
        assertThat(validRows(id)).isEqualTo(1);
    }
}
