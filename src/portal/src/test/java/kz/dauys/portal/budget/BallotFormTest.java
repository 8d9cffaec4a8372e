package kz.dauys.portal.budget;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kz.dauys.portal.budget.BudgetApi.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The vote page's server-side total and the readable list of broken rules. */
class BallotFormTest {

    private static final UUID PARK = UUID.randomUUID();
    private static final UUID PATH = UUID.randomUUID();
    private static final BallotPaper APPROVAL = new BallotPaper(UUID.randomUUID(), "VOTING", 10_000_000,
            new BallotRules("APPROVAL", null, null, null, null, null),
            List.of(new BallotItem(PARK, "Park", "parks", 4_500_000), new BallotItem(PATH, "Path", "roads", 7_000_000)));

    @Test
    void theTotalIsRecomputedFromTheBallotPaperNotFromTheForm() {
        BallotForm form = BallotForm.read(APPROVAL, List.of(PARK.toString(), PATH.toString(), UUID.randomUUID().toString()), Map.of());
        assertThat(form.choices()).containsOnlyKeys(PARK, PATH);
        assertThat(form.getTotal()).isEqualTo(11_500_000);
        assertThat(form.isOverBudget()).isTrue();
        assertThat(form.getPercentOfBudget()).isEqualTo(100);
        assertThat(form.request().projects()).containsExactly(PARK, PATH);
        assertThat(form.request().points()).isNull();

        BallotForm one = BallotForm.read(APPROVAL, List.of(PARK.toString()), Map.of());
        assertThat(one.getTotal()).isEqualTo(4_500_000);
        assertThat(one.isOverBudget()).isFalse();
        assertThat(one.getPercentOfBudget()).isEqualTo(45);
        assertThat(one.getRows()).extracting(BallotForm.Row::chosen).containsExactly(true, false);
    }

    @Test
    void cumulativeBallotsReadPointsPerProject() {
        BallotPaper cumulative = new BallotPaper(APPROVAL.cycleId(), "VOTING", 10_000_000,
                new BallotRules("CUMULATIVE", null, null, null, 10, 5), APPROVAL.projects());
        BallotForm form = BallotForm.read(cumulative, List.of(), Map.of("points-" + PARK, "3", "points-" + PATH, " "));
        assertThat(form.choices()).containsExactly(Map.entry(PARK, 3L));
        assertThat(form.getPointsTotal()).isEqualTo(3);
        assertThat(form.request().points()).containsExactly(Map.entry(PARK, 3L));
        assertThat(BallotForm.read(cumulative, List.of(), Map.of("points-" + PATH, "many")).choices()).containsExactly(Map.entry(PATH, -1L));
    }

    @Test
    void eachBrokenRuleOfTheServiceBecomesAText() {
        String problem = """
                {"type": "https://dauys.kz/problems/ballot-rules", "status": 422, "detail": "The ballot breaks the cycle's rules",
                 "errors": [{"field": "OVER_BUDGET", "message": "costs 11500000 of 10000000"},
                            {"field": "paper ballot 3: TOO_MANY_PROJECTS", "message": "3 of at most 2"},
                            {"field": "SOMETHING_NEW", "message": "new rule"}]}
                """;
        List<BallotForm.Violation> found = BallotForm.violations(new WebApplicationException(
                Response.status(422).type("application/problem+json").entity(problem).build()));
        assertThat(found).containsExactly(new BallotForm.Violation("budget_rule_over_budget", "costs 11500000 of 10000000"),
                new BallotForm.Violation("budget_rule_too_many_projects", "3 of at most 2"),
                new BallotForm.Violation("budget_rule_other", "new rule"));
    }

    @Test
    void aRefusalWithoutRulesStillSaysSomething() {
        assertThat(BallotForm.violations(new WebApplicationException(Response.status(422)
                .entity("{\"detail\": \"Voting is closed\"}").type("application/problem+json").build())))
                .containsExactly(new BallotForm.Violation("budget_rule_other", "Voting is closed"));
        assertThat(BallotForm.violations(new WebApplicationException(Response.status(400).build())))
                .containsExactly(new BallotForm.Violation("budget_rule_other", ""));
    }

    @Test
    void tengeAreReadAsPeopleTypeThem() {
        assertThat(BudgetPages.parseTenge("12 000 000")).isEqualTo(12_000_000L);
        assertThat(BudgetPages.parseTenge("12,000,000")).isEqualTo(12_000_000L);
        assertThat(BudgetPages.parseTenge("4\u00a0500\u00a0000")).isEqualTo(4_500_000L);
        assertThat(BudgetPages.parseTenge("twelve")).isNull();
        assertThat(BudgetPages.parseTenge("-5")).isNull();
        assertThat(BudgetPages.parseTenge("")).isNull();
    }
}
