package kz.dauys.petitions.it;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.petitions.signing.SignCommand;
import kz.dauys.petitions.signing.SignResult;
import kz.dauys.petitions.signing.SignatureBatcher;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static kz.dauys.petitions.it.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 distinct signers at once through the group-commit batcher (the realm has a handful of demo
 * users, so the signers here are synthetic: distinct keyed hashes, as the HTTP layer would produce).
 * The HTTP path with real tokens is covered by {@link SigningTest}; the benchmark drives thousands over HTTP.
 */
@QuarkusTest
class ConcurrentSignersTest {

    @Inject
    SignatureBatcher batcher;

    @Test
    void twoHundredDistinctConcurrentSignersCountExactly() throws Exception {
        UUID id = approvedAlmatyPetition("Тротуары вдоль улицы Саина");
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<CompletableFuture<SignResult>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                int n = i;
                String district = n % 2 == 0 ? "KZ-75-BOSTANDYK" : "KZ-75-MEDEU";
                // Every signer twice: the second attempt must be answered with the first's signature.
                for (int attempt = 0; attempt < 2; attempt++) {
                    results.add(CompletableFuture.supplyAsync(() -> batcher.submit(new SignCommand(id, "test:" + id + ":" + n,
                            "Signer " + n, true, "KZ-75", district, "c0ffee", "library")).join(), pool));
                }
            }
            CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(results).allSatisfy(r -> assertThat(r.join().refusal()).isNull());
        assertThat(results.stream().filter(r -> r.join().signature().created()).count()).isEqualTo(200);
        assertThat(validRows(id)).isEqualTo(200);
        assertThat(tallyTotal(id)).isEqualTo(200);
        assertThat(territorySum(id)).isEqualTo(200);
        assertThat(single("select count from petition_territory_tally where petition_id = ? and district = 'KZ-75-MEDEU'", id))
                .isEqualTo("100");
    }
}
