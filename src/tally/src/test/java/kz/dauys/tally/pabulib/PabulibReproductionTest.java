package kz.dauys.tally.pabulib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.dauys.tally.Outcome;
import kz.dauys.tally.OutcomeRule;

/** Real votes from pabulib: the rule named in each file must reproduce the official outcome exactly. */
class PabulibReproductionTest {

    static PabulibFile load(String name) throws IOException {
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(PabulibReproductionTest.class.getResourceAsStream("/pabulib/" + name), name),
                StandardCharsets.UTF_8)) {
            return PabulibReader.read(in);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "Netherlands_Assen_2024.pb, equalshares/add1, 9",
            "Poland_Warszawa_2017_Anin.pb, greedy, 6",
            "Poland_Warszawa_2019_Miedzylesie.pb, greedy, 7",
    })
    void ruleInFileReproducesSelectedProjects(String file, String ruleKey, int selected) throws IOException {
        PabulibFile pb = load(file);
        assertThat(pb.ruleKey()).contains(ruleKey);
        OutcomeRule rule = pb.rule().orElseThrow();

        Outcome outcome = rule.apply(pb.toElection());

        assertThat(pb.selectedProjectIds()).hasSize(selected);
        assertThat(outcome.fundedIds()).containsExactlyInAnyOrderElementsOf(pb.selectedProjectIds());
        assertThat(outcome.totalCost()).isLessThanOrEqualTo(Long.parseLong(pb.meta().get("budget")));
    }
}
