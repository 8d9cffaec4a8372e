package kz.dauys.budget.bench;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.OutcomeRule;
import kz.dauys.budget.cycle.Utility;
import kz.dauys.budget.results.CycleElection;
import kz.dauys.budget.results.ElectionLoader;
import kz.dauys.budget.results.TallyService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static kz.dauys.budget.support.BudgetFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long the service takes to import, load and count generated votes (run with
 * {@code ./mvnw -B verify -pl src/budget -Pbenchmark}); not part of the normal build.
 */
@QuarkusTest
@Tag("benchmark")
class ReplayBenchmark {

    @Inject
    ElectionLoader loader;

    @Test
    void importAndCountGeneratedVotes() {
        int[][] sizes = {{10_000, 50}, {50_000, 100}, {100_000, 100}};
        System.out.println("ballots;projects;import_ms;load_ms;greedy_ms;equal_shares_add1_fill_ms");
        for (int[] size : sizes) {
            String file = generate(size[0], size[1], 42);
            long started = System.nanoTime();
            String cycleId = as("admin").contentType("text/plain; charset=UTF-8").queryParam("territory", "KZ-75")
                    .body(file).post("/api/budget/replays").then().statusCode(201).extract().path("cycleId");
            long importMs = (System.nanoTime() - started) / 1_000_000;
            long[] times = QuarkusTransaction.requiringNew().call(() -> {
                BudgetCycle cycle = BudgetCycle.findById(UUID.fromString(cycleId));
                long t0 = System.nanoTime();
                CycleElection election = loader.load(cycle);
                long t1 = System.nanoTime();
                TallyService.ruleFor(OutcomeRule.GREEDY, Utility.COST).apply(election.election());
                long t2 = System.nanoTime();
                TallyService.ruleFor(OutcomeRule.EQUAL_SHARES, Utility.COST).apply(election.election());
                long t3 = System.nanoTime();
                assertThat(election.election().ballots()).hasSize(size[0]);
                return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000};
            });
            System.out.printf("%d;%d;%d;%d;%d;%d%n", size[0], size[1], importMs, times[0], times[1], times[2]);
        }
    }

    /** A pabulib approval vote: skewed popularity, 1 to 8 projects per ballot, budget about a third of all costs. */
    static String generate(int ballots, int projects, long seed) {
        Random random = new Random(seed);
        long[] costs = new long[projects];
        long total = 0;
        for (int p = 0; p < projects; p++) {
            costs[p] = 10_000 + random.nextInt(490_000);
            total += costs[p];
        }
        StringBuilder out = new StringBuilder(ballots * 24);
        out.append("META\nkey;value\ndescription;generated benchmark vote\nunit;Benchmark\ninstance;2026\n")
                .append("budget;").append(total / 3).append("\nvote_type;approval\nrule;equalshares/add1u\n");
        out.append("PROJECTS\nproject_id;cost;name\n");
        for (int p = 0; p < projects; p++) {
            out.append(p + 1).append(';').append(costs[p]).append(";Project ").append(p + 1).append('\n');
        }
        out.append("VOTES\nvoter_id;vote\n");
        for (int v = 0; v < ballots; v++) {
            int count = 1 + random.nextInt(8);
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < count) {
                // Squaring a uniform number makes low ids more popular, as in real votes.
                double u = random.nextDouble();
                int project = 1 + (int) (u * u * projects);
                if (!chosen.contains(project)) {
                    chosen.add(project);
                }
            }
            out.append('v').append(v).append(';');
            for (int i = 0; i < chosen.size(); i++) {
                out.append(i == 0 ? "" : ",").append(chosen.get(i));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
