package kz.dauys.tally.mes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Fraction;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.Project;

/**
 * Budget 100, four voters with 25 each. A (60) is approved by v1..v3, B (30) by v3 and v4, C (50)
 * by v4 only.
 */
class EqualSharesTest {

    private final Election election = new Election(100,
            List.of(new Project("A", 60), new Project("B", 30), new Project("C", 50)),
            List.of(Ballot.approval("v1", List.of("A")),
                    Ballot.approval("v2", List.of("A")),
                    Ballot.approval("v3", List.of("A", "B")),
                    Ballot.approval("v4", List.of("B", "C"))));

    @Test
    void costUtilitiesComparePricePerUnitOfCost() {
        // Round 1: A asks 20 of each supporter (20/60 = 1/3 per unit), B asks 15 (15/30 = 1/2): A.
        // Round 2: v3 has 5 left and pays it; v4 pays the other 25. C: v4 has nothing left.
        Outcome o = EqualShares.costUtilities().apply(election);
        assertThat(o.fundedIds()).containsExactly("A", "B");
        assertThat(o.perVoterBudget()).contains(Fraction.of(25));

        EqualSharesPurchase a = (EqualSharesPurchase) o.explanation("A");
        assertThat(a.round()).isEqualTo(1);
        assertThat(a.rho()).isEqualTo(Fraction.of(20));
        assertThat(a.pricePerUtility()).isEqualTo(Fraction.of(1, 3));
        assertThat(a.fullPayers()).isEqualTo(3);
        assertThat(a.supportersMoneyBefore()).isEqualTo(Fraction.of(75));
        assertThat(a.supportersMoneyAfter()).isEqualTo(Fraction.of(15));

        EqualSharesPurchase b = (EqualSharesPurchase) o.explanation("B");
        assertThat(b.round()).isEqualTo(2);
        assertThat(b.rho()).isEqualTo(Fraction.of(25));
        assertThat(b.fullPayers()).isEqualTo(1);
        assertThat(b.partialPayers()).isEqualTo(1);
        assertThat(b.partialPaid()).isEqualTo(Fraction.of(5));
        assertThat(b.supportersMoneyAfter()).isEqualTo(Fraction.ZERO);

        EqualSharesRejection c = (EqualSharesRejection) o.explanation("C");
        assertThat(c.supportersMoney()).isEqualTo(Fraction.ZERO);
        assertThat(c.summary()).isEqualTo("not affordable: supporters' money 0.00 < cost 50");
    }

    @Test
    void cardinalityUtilitiesCompareRho() {
        // Round 1: B asks 15, A asks 20: B. Round 2: v3 has 10 left and pays it, v1 and v2 pay 25.
        Outcome o = EqualShares.cardinalityUtilities().apply(election);
        assertThat(o.fundedIds()).containsExactly("B", "A");
        EqualSharesPurchase a = (EqualSharesPurchase) o.explanation("A");
        assertThat(a.rho()).isEqualTo(Fraction.of(25));
        assertThat(a.partialPaid()).isEqualTo(Fraction.of(10));
        assertThat(((EqualSharesRejection) o.explanation("C")).supportersMoney()).isEqualTo(Fraction.of(10));
    }

    @Test
    void add1RaisesTheShareUntilTheOutcomeIsExhaustive() {
        // Plain MES leaves 10 unspent and nothing else fits; Add1 has nothing to add either.
        Outcome o = EqualShares.costUtilities().withAdd1().apply(election);
        assertThat(o.fundedIds()).containsExactly("A", "B");
        assertThat(o.totalCost()).isEqualTo(90);
    }

    @Test
    void add1FundsMoreWhenTheShareGrows() {
        // C alone needs 50 from v4: with 25 + 25 per voter the outcome A, B, C would cost 140 > 100,
        // so Add1 keeps the last feasible outcome; a cheaper C fits.
        Election cheaperC = new Election(100,
                List.of(new Project("A", 60), new Project("B", 30), new Project("C", 10)),
                election.ballots());
        Outcome plain = EqualShares.costUtilities().apply(cheaperC);
        Outcome add1 = EqualShares.costUtilities().withAdd1().apply(cheaperC);
        assertThat(plain.fundedIds()).containsExactly("A", "B");
        assertThat(add1.fundedIds()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(add1.perVoterBudget().orElseThrow()).isGreaterThan(Fraction.of(25));
    }

    @Test
    void greedyFillAddsWhatStillFits() {
        Election e = new Election(100,
                List.of(new Project("A", 60), new Project("B", 30), new Project("D", 10)),
                List.of(Ballot.approval("v1", List.of("A")), Ballot.approval("v2", List.of("A")),
                        Ballot.approval("v3", List.of("A")), Ballot.approval("v4", List.of("B")),
                        Ballot.approval("v5", List.of("D"))));
        // Each voter has 20: A (60/3) is bought, B needs 30 from v4 alone, D needs 10 from v5: bought.
        Outcome mes = EqualShares.costUtilities().apply(e);
        assertThat(mes.fundedIds()).containsExactly("A", "D");
        Outcome filled = EqualShares.costUtilities().withGreedyFill().apply(e);
        assertThat(filled.fundedIds()).containsExactly("A", "D", "B");
        assertThat(filled.explanation("B").summary()).isEqualTo("completion funded: 1 votes, cost 30 <= remaining 30");
        assertThat(filled.rule()).isEqualTo("equalshares/greedy");
    }

    @Test
    void freeProjectsWithSupportAreFundedFirstAndUnsupportedOnesNever() {
        Election e = new Election(10,
                List.of(new Project("paid", 10), new Project("free", 0), new Project("nobody", 1)),
                List.of(Ballot.approval("v1", List.of("paid", "free")), Ballot.approval("v2", List.of("paid"))));
        Outcome o = EqualShares.costUtilities().withAdd1().apply(e);
        assertThat(o.fundedIds()).containsExactly("free", "paid");
        assertThat(o.explanation("nobody").summary()).isEqualTo("not funded: no supporters");
        assertThat(o.explanation("free").summary()).isEqualTo("funded: free project with 1 supporters");
    }

    @Test
    void noBallotsFundNothing() {
        Outcome o = EqualShares.costUtilities().withAdd1().apply(
                new Election(10, List.of(new Project("p", 5)), List.of()));
        assertThat(o.funded()).isEmpty();
        assertThat(o.explanation("p").funded()).isFalse();
    }
}
