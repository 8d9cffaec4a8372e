package kz.dauys.portal.budget;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.budget.BudgetApi.BallotItem;
import static org.assertj.core.api.Assertions.assertThat;

/** Paper ballots typed as numbers from the counting sheet become the service's ballots, or name the line that is wrong. */
class PaperBallotsTest {

    private static final UUID TREES = UUID.randomUUID();
    private static final UUID LIGHTS = UUID.randomUUID();
    private static final UUID BENCHES = UUID.randomUUID();
    private static final List<BallotItem> PAPER = List.of(new BallotItem(TREES, "Trees", "parks", 4_500_000),
            new BallotItem(LIGHTS, "Lights", "roads", 7_000_000), new BallotItem(BENCHES, "Benches", "parks", 500_000));

    @Test
    void approvalLinesWithRepeatsBecomeBallotsByTheNumberOnThePaper() {
        PaperBallots.Parsed parsed = PaperBallots.parse("12 x 1, 3\n\n2\n3 × 2;3", PAPER, false);
        assertThat(parsed.problemKey()).isNull();
        assertThat(parsed.ballots()).hasSize(16);
        assertThat(parsed.ballots().get(0).projects()).containsExactly(TREES, BENCHES);
        assertThat(parsed.ballots().get(12).projects()).containsExactly(LIGHTS);
        assertThat(parsed.ballots().get(15).projects()).containsExactly(LIGHTS, BENCHES);
        assertThat(parsed.ballots()).allMatch(b -> b.points() == null);
    }

    @Test
    void pointsLinesCarryThePointsPerProject() {
        PaperBallots.Parsed parsed = PaperBallots.parse("2 x 1=3, 2=2", PAPER, true);
        assertThat(parsed.ballots()).hasSize(2);
        assertThat(parsed.ballots().get(1).points()).isEqualTo(Map.of(TREES, 3L, LIGHTS, 2L));
        assertThat(parsed.ballots().get(1).projects()).isNull();
    }

    @Test
    void theFirstWrongLineIsNamed() {
        assertThat(PaperBallots.parse("1\n1, 4", PAPER, false)).extracting("badLine", "problemKey")
                .containsExactly(2, "budget_paper_error_line");
        assertThat(PaperBallots.parse("1, 1", PAPER, false).problemKey()).isEqualTo("budget_paper_error_line");
        assertThat(PaperBallots.parse("1=2", PAPER, false).problemKey()).isEqualTo("budget_paper_error_line");
        assertThat(PaperBallots.parse("1", PAPER, true).problemKey()).isEqualTo("budget_paper_error_line");
        assertThat(PaperBallots.parse("one, two", PAPER, false).badLine()).isEqualTo(1);
        assertThat(PaperBallots.parse("0 x 1", PAPER, false).problemKey()).isEqualTo("budget_paper_error_count");
        assertThat(PaperBallots.parse("5001 x 1", PAPER, false).problemKey()).isEqualTo("budget_paper_error_count");
        assertThat(PaperBallots.parse(" \n ", PAPER, false).problemKey()).isEqualTo("budget_paper_error_empty");
    }
}
