package kz.dauys.tally.pabulib;

import java.util.Optional;

import kz.dauys.tally.OutcomeRule;
import kz.dauys.tally.greedy.GreedyByVotes;
import kz.dauys.tally.mes.EqualShares;

/**
 * Maps the META {@code rule} key of pabulib files to rules:
 * <ul>
 *   <li>{@code greedy}: {@link GreedyByVotes}</li>
 *   <li>{@code equalshares}: MES with cost utilities, no completion</li>
 *   <li>{@code equalshares/add1}: MES with cost utilities completed by Add1</li>
 *   <li>{@code equalshares/add1u}: the same followed by a greedy fill by votes</li>
 * </ul>
 */
public final class PabulibRules {

    private PabulibRules() {
    }

    public static Optional<OutcomeRule> forKey(String key) {
        return Optional.ofNullable(switch (key.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "greedy" -> new GreedyByVotes();
            case "equalshares" -> EqualShares.costUtilities();
            case "equalshares/add1" -> EqualShares.costUtilities().withAdd1();
            case "equalshares/add1u" -> EqualShares.costUtilities().withAdd1().withGreedyFill();
            default -> null;
        });
    }
}
