package kz.dauys.tally.mes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;

/**
 * An election prepared for the Method of Equal Shares: identical ballots merged into weighted groups
 * and, per project, the array of supporting groups. Immutable; shared by every run of one tally.
 */
final class MesProfile {

    final Election election;
    final List<Project> projects;
    final int projectCount;
    final long budget;
    /** n, the number of ballots (every ballot gets an equal share, even an empty one). */
    final long voters;
    final long[] cost;
    final long[] utility;
    final long[] votes;
    /** Position of each project in the tie-break order, 0 = preferred. */
    final int[] rank;
    final long[] groupWeight;
    /** Per project, the groups approving it. */
    final int[][] supporters;
    /** Per project, the number of ballots approving it. */
    final long[] supporterCount;
    /**
     * coSupport[p][q]: the number of ballots approving both p and q (null for very many projects).
     * Lets a run bound what the supporters of p paid for q without looking at them.
     */
    final long[][] coSupport;

    private MesProfile(Election election, Utility utility, TieBreak tieBreak) {
        this.election = election;
        this.projects = election.projects();
        this.projectCount = projects.size();
        this.budget = election.budget();
        this.voters = election.ballots().size();
        Map<String, Integer> index = new HashMap<>();
        this.cost = new long[projectCount];
        this.utility = new long[projectCount];
        for (int i = 0; i < projectCount; i++) {
            Project p = projects.get(i);
            index.put(p.id(), i);
            cost[i] = p.cost();
            this.utility[i] = utility.of(p.cost());
        }
        Map<String, Long> voteCounts = election.voteCounts();
        this.votes = new long[projectCount];
        for (int i = 0; i < projectCount; i++) {
            votes[i] = voteCounts.get(projects.get(i).id());
        }
        this.rank = ranks(tieBreak, voteCounts);

        Map<Group, Integer> groups = new HashMap<>();
        List<int[]> groupProjects = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        for (Ballot b : election.ballots()) {
            int[] approved = new int[b.approved().size()];
            for (int j = 0; j < approved.length; j++) {
                approved[j] = index.get(b.approved().get(j));
            }
            Arrays.sort(approved);
            Group key = new Group(approved);
            Integer g = groups.get(key);
            if (g == null) {
                groups.put(key, groupProjects.size());
                groupProjects.add(approved);
                weights.add(1L);
            } else {
                weights.set(g, weights.get(g) + 1);
            }
        }
        int groupCount = groupProjects.size();
        this.groupWeight = new long[groupCount];
        int[] counts = new int[projectCount];
        for (int g = 0; g < groupCount; g++) {
            groupWeight[g] = weights.get(g);
            for (int p : groupProjects.get(g)) {
                counts[p]++;
            }
        }
        this.supporters = new int[projectCount][];
        this.supporterCount = new long[projectCount];
        for (int p = 0; p < projectCount; p++) {
            supporters[p] = new int[counts[p]];
            counts[p] = 0;
        }
        for (int g = 0; g < groupCount; g++) {
            for (int p : groupProjects.get(g)) {
                supporters[p][counts[p]++] = g;
                supporterCount[p] += groupWeight[g];
            }
        }
        this.coSupport = projectCount > MAX_CO_SUPPORT_PROJECTS ? null : coSupport(groupProjects);
    }

    private static final int MAX_CO_SUPPORT_PROJECTS = 2_000;

    private long[][] coSupport(List<int[]> groupProjects) {
        long[][] both = new long[projectCount][projectCount];
        for (int g = 0; g < groupProjects.size(); g++) {
            int[] approved = groupProjects.get(g);
            long w = groupWeight[g];
            for (int p : approved) {
                long[] row = both[p];
                for (int q : approved) {
                    row[q] += w;
                }
            }
        }
        return both;
    }

    static MesProfile of(Election election, Utility utility, TieBreak tieBreak) {
        return new MesProfile(election, utility, tieBreak);
    }

    int groupCount() {
        return groupWeight.length;
    }

    /** A project MES can buy: supported by someone and not free. */
    boolean isCandidate(int p) {
        return supporterCount[p] > 0 && cost[p] > 0;
    }

    /** A free project with support: MES funds it before the first round, as pabutools does. */
    boolean isFreeAndSupported(int p) {
        return supporterCount[p] > 0 && cost[p] == 0;
    }

    private int[] ranks(TieBreak tieBreak, Map<String, Long> voteCounts) {
        Integer[] order = new Integer[projectCount];
        for (int i = 0; i < projectCount; i++) {
            order[i] = i;
        }
        Comparator<Project> cmp = tieBreak.comparator(voteCounts);
        Arrays.sort(order, (a, b) -> cmp.compare(projects.get(a), projects.get(b)));
        int[] r = new int[projectCount];
        for (int pos = 0; pos < projectCount; pos++) {
            r[order[pos]] = pos;
        }
        return r;
    }

    /** A distinct approval set, compared by content. */
    private record Group(int[] projects) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Group g && Arrays.equals(projects, g.projects);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(projects);
        }
    }
}
