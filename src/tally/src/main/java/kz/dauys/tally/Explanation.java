package kz.dauys.tally;

/**
 * Why a project was or was not funded. Every implementation carries the figures behind the decision
 * and renders them as one line with {@link #summary()}. Implementations: {@code GreedyStep},
 * {@code EqualSharesPurchase}, {@code EqualSharesRejection}.
 */
public interface Explanation {

    String projectId();

    boolean funded();

    /** One human-readable line, e.g. {@code "skipped: cost 61000 > remaining 31698"}. */
    String summary();
}
