package kz.dauys.tally.mes;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which ballot groups hold the same money during a run of MES, for a given sequence of purchases,
 * independently of the per-voter budget. A <em>pattern</em> is created for the supporters of each
 * purchased project that came from the same pattern; whether they paid rho or everything they had
 * (money 0) depends on the budget and is decided by each run, but the grouping does not. So runs at
 * nearby budgets that buy the same first projects share this structure, and the per-round
 * histograms of each project's supporters over patterns are computed once.
 *
 * <p>Pattern 0 is the root (nobody paid anything). Patterns created by the i-th purchase have ids
 * from {@code firstId[i]} on, so a pattern's ancestor after fewer purchases is found by following
 * parents until the id is old enough.
 */
final class PatternStructure {

    /** Cached histogram entries beyond which the cache is cleared. */
    private static final long CACHE_LIMIT = 12_000_000L;

    private final MesProfile profile;
    private final int[] patternOf;
    private int[] parent = new int[1024];
    /** The round (0-based) whose purchase created each pattern; -1 for the root. */
    private int[] createdIn = new int[1024];
    private int patternCount = 1;
    private int depth;
    private int[] bought = new int[16];
    private int[] firstId = new int[18];
    private int[][] parents = new int[16][];
    private int[][] children = new int[16][];
    private final Map<Long, Histogram> cache = new HashMap<>();
    private long cached;
    private int[] scratch = new int[1024];
    private long[] accumulated = new long[1024];
    private int[] touched = new int[1024];

    PatternStructure(MesProfile profile) {
        this.profile = profile;
        this.patternOf = new int[profile.groupCount()];
        firstId[0] = 0;
        firstId[1] = 1;
        createdIn[0] = -1;
        Arrays.fill(scratch, -1);
    }

    int patternCount() {
        return patternCount;
    }

    int depth() {
        return depth;
    }

    int bought(int round) {
        return bought[round];
    }

    /** Patterns existing after {@code round} purchases have ids below this. */
    int limit(int round) {
        return firstId[round + 1];
    }

    int parent(int pattern) {
        return parent[pattern];
    }

    int createdIn(int pattern) {
        return createdIn[pattern];
    }

    /** Parent patterns (supporters of the purchase of the given round, before it). */
    int[] parents(int round) {
        return parents[round];
    }

    /** The child pattern of each parent, same order. */
    int[] children(int round) {
        return children[round];
    }

    /** Makes the structure follow the given purchase as the {@code round}-th (0-based). */
    void ensure(int round, int project) {
        if (round < depth && bought[round] == project) {
            return;
        }
        if (round < depth) {
            truncate(round);
        }
        extend(project);
    }

    /** The supporters of {@code project} after {@code round} purchases, grouped by pattern. */
    Histogram histogram(int round, int project) {
        long key = (long) round * profile.projectCount + project;
        Histogram h = cache.get(key);
        if (h != null) {
            return h;
        }
        int limit = firstId[round + 1];
        int count = 0;
        long[] weight = profile.groupWeight;
        for (int g : profile.supporters[project]) {
            int p = patternOf[g];
            while (p >= limit) {
                p = parent[p];
            }
            if (accumulated[p] == 0) {
                touched[count++] = p;
            }
            accumulated[p] += weight[g];
        }
        // By id, so that the runs read the patterns' money in memory order: a sort, or a sweep when
        // the project's supporters hold a good part of all patterns.
        int[] patterns;
        if ((long) count * 16 > limit) {
            patterns = new int[count];
            int k = 0;
            for (int p = 0; p < limit && k < count; p++) {
                if (accumulated[p] != 0) {
                    patterns[k++] = p;
                }
            }
        } else {
            patterns = Arrays.copyOf(touched, count);
            Arrays.sort(patterns);
        }
        long[] weights = new long[count];
        for (int i = 0; i < count; i++) {
            weights[i] = accumulated[patterns[i]];
            accumulated[patterns[i]] = 0;
        }
        h = new Histogram(patterns, weights);
        if (cached + count > CACHE_LIMIT) {
            cache.clear();
            cached = 0;
        }
        cache.put(key, h);
        cached += count;
        return h;
    }

    private void extend(int project) {
        if (depth == bought.length) {
            bought = Arrays.copyOf(bought, depth * 2);
            firstId = Arrays.copyOf(firstId, depth * 2 + 2);
            parents = Arrays.copyOf(parents, depth * 2);
            children = Arrays.copyOf(children, depth * 2);
        }
        // The distinct parents, then their children numbered in the parents' order, so that a
        // purchase reads and writes the patterns' money in memory order.
        int[] from = new int[64];
        int n = 0;
        for (int g : profile.supporters[project]) {
            int p = patternOf[g];
            if (scratch[p] < 0) {
                scratch[p] = 0;
                if (n == from.length) {
                    from = Arrays.copyOf(from, n * 2);
                }
                from[n++] = p;
            }
        }
        Arrays.sort(from, 0, n);
        int[] to = new int[n];
        for (int i = 0; i < n; i++) {
            to[i] = newPattern(from[i]);
            scratch[from[i]] = to[i];
        }
        for (int g : profile.supporters[project]) {
            patternOf[g] = scratch[patternOf[g]];
        }
        for (int i = 0; i < n; i++) {
            scratch[from[i]] = -1;
        }
        bought[depth] = project;
        parents[depth] = Arrays.copyOf(from, n);
        children[depth] = to;
        depth++;
        firstId[depth + 1] = patternCount;
    }

    /** Forgets the purchases from {@code round} on. */
    private void truncate(int round) {
        int limit = firstId[round + 1];
        for (int g = 0; g < patternOf.length; g++) {
            int p = patternOf[g];
            while (p >= limit) {
                p = parent[p];
            }
            patternOf[g] = p;
        }
        patternCount = limit;
        depth = round;
        cache.entrySet().removeIf(e -> e.getKey() / profile.projectCount > round);
        cached = cache.values().stream().mapToLong(h -> h.patterns.length).sum();
    }

    private int newPattern(int of) {
        if (patternCount == parent.length) {
            int capacity = patternCount * 2;
            parent = Arrays.copyOf(parent, capacity);
            createdIn = Arrays.copyOf(createdIn, capacity);
            int old = scratch.length;
            scratch = Arrays.copyOf(scratch, capacity);
            Arrays.fill(scratch, old, capacity, -1);
            accumulated = Arrays.copyOf(accumulated, capacity);
            touched = Arrays.copyOf(touched, capacity);
        }
        parent[patternCount] = of;
        createdIn[patternCount] = depth;
        return patternCount++;
    }

    /** Distinct patterns among a project's supporters and how many ballots hold each. */
    record Histogram(int[] patterns, long[] weights) {
    }
}
