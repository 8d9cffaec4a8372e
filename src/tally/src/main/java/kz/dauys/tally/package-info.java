/**
 * Participatory-budget outcomes for the budget service: the election model ({@link kz.dauys.tally.Election},
 * {@link kz.dauys.tally.Project}, {@link kz.dauys.tally.Ballot}), the rules behind
 * {@link kz.dauys.tally.OutcomeRule} and their {@link kz.dauys.tally.Outcome} with one
 * {@link kz.dauys.tally.Explanation} per project.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@link kz.dauys.tally.greedy.GreedyByVotes}: utilitarian greedy by votes;</li>
 *   <li>{@link kz.dauys.tally.mes.EqualShares}: the Method of Equal Shares with cost or cardinality
 *       utilities, optionally completed by Add1 and/or a greedy fill;</li>
 *   <li>{@link kz.dauys.tally.ballot.BallotRules}: what a ballot must satisfy to be accepted.</li>
 * </ul>
 * The pabulib {@code .pb} format is read and written by {@link kz.dauys.tally.pabulib}.
 *
 * <p>Arithmetic is exact: money is whole currency units ({@code long}) or exact fractions
 * ({@link kz.dauys.tally.Fraction}, {@link java.math.BigInteger}); no floating point is involved in
 * any decision.
 *
 * <p>Tie-breaking ({@link kz.dauys.tally.TieBreak}, default {@code VOTES_COST_ID}):
 * <ul>
 *   <li>greedy: more votes first; equal votes: lower cost, then project id ascending;</li>
 *   <li>Method of Equal Shares: smaller price per unit of utility (rho / cost for cost utilities,
 *       rho for cardinality utilities) first; equal prices: more votes, then lower cost, then
 *       project id ascending;</li>
 *   <li>{@code TieBreak.ID} orders ties by project id only, as pabutools' default lexicographic
 *       tie-breaking does.</li>
 * </ul>
 * Project ids are compared as strings ({@code "10" < "9"}).
 */
package kz.dauys.tally;
