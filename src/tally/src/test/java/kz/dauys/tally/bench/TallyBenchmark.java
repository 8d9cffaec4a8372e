package kz.dauys.tally.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Fraction;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.Project;
import kz.dauys.tally.mes.EqualShares;

/**
 * Wall time of the Method of Equal Shares with Add1 completion (cost utilities) on seeded random
 * elections. Not a test: run with {@code ./mvnw -B -pl src/tally -Pbench verify}, or with
 * {@code -Dbench.sizes=10000x50,100000x100}; a size ending in {@code :plain} times plain MES only.
 * Plain MES (no completion) is timed for every size; the MES+Add1 column also shows the CPU time of
 * the tallying thread and of the whole process (the Add1 search uses a second thread when there is
 * a second core; the process figure also counts the JIT and the garbage collector), which stay
 * meaningful when other work loads the machine. The MES+Add1 tally is then repeated on the same
 * election ("again"), as a long-running service would after its first tally.
 *
 * <p>Each election has projects costing 1 to 30 million tenge and a budget of 30% of their total;
 * each voter approves 5 to 10 distinct projects drawn with Zipf-like popularity (weight 1/(rank+1)).
 */
public final class TallyBenchmark {

    private TallyBenchmark() {
    }

    public static void main(String[] args) {
        List<String> sizes = args.length > 0 ? List.of(args)
                : List.of(System.getProperty("bench.sizes", "10000x50,100000x100,100000x200,1000000x100").split(","));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf("nproc %d, load average %.1f%n", Runtime.getRuntime().availableProcessors(),
                os.getSystemLoadAverage());
        System.out.printf("%-10s %8s %11s %9s %13s %14s %14s %12s %14s %7s %10s %10s %5s%n", "ballots", "projects",
                "generate ms", "mes ms", "mes+add1 ms", "(thread cpu)", "(process cpu)", "again ms", "(process cpu)",
                "funded", "add1 steps", "per-voter", "load");
        // Warm up the JIT on a small election first.
        EqualShares.costUtilities().withAdd1().apply(generate(20_000, 60, 7));
        for (String size : sizes) {
            boolean plainOnly = size.endsWith(":plain");
            String[] parts = size.replace(":plain", "").split("x");
            int ballots = Integer.parseInt(parts[0]);
            int projects = Integer.parseInt(parts[1]);
            long t0 = System.nanoTime();
            Election election = generate(ballots, projects, 42);
            long t1 = System.nanoTime();
            Outcome plain = EqualShares.costUtilities().apply(election);
            long t2 = System.nanoTime();
            String add1Ms = "-";
            String add1Cpu = "-";
            String processCpu = "-";
            String againMs = "-";
            String againCpu = "-";
            String steps = "-";
            Outcome outcome = plain;
            if (!plainOnly) {
                long cpu = threads.getCurrentThreadCpuTime();
                long process = os.getProcessCpuTime();
                long start = System.nanoTime();
                outcome = EqualShares.costUtilities().withAdd1().apply(election);
                add1Ms = Long.toString((System.nanoTime() - start) / 1_000_000);
                add1Cpu = "(" + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000 + ")";
                processCpu = "(" + (os.getProcessCpuTime() - process) / 1_000_000 + ")";
                steps = outcome.perVoterBudget().orElseThrow()
                        .subtract(Fraction.of(election.budget(), ballots)).toString();
                // The same tally again: the JIT has compiled what this size needs (a long-running service).
                process = os.getProcessCpuTime();
                start = System.nanoTime();
                EqualShares.costUtilities().withAdd1().apply(election);
                againMs = Long.toString((System.nanoTime() - start) / 1_000_000);
                againCpu = "(" + (os.getProcessCpuTime() - process) / 1_000_000 + ")";
            }
            System.out.printf("%-10d %8d %11d %9d %13s %14s %14s %12s %14s %7d %10s %10s %5.1f%n", ballots, projects,
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, add1Ms, add1Cpu, processCpu, againMs, againCpu,
                    outcome.funded().size(), steps, outcome.perVoterBudget().orElseThrow().floor(),
                    os.getSystemLoadAverage());
        }
    }

    static Election generate(int ballots, int projectCount, long seed) {
        Random rnd = new Random(seed);
        List<Project> projects = new ArrayList<>(projectCount);
        long total = 0;
        for (int i = 0; i < projectCount; i++) {
            long cost = 1_000_000L + rnd.nextInt(29_000_001);
            projects.add(new Project("P" + i, cost, "Project " + i));
            total += cost;
        }
        long budget = total * 3 / 10;
        // Popularity: project at popularity rank r has weight 1/(r+1); ranks shuffled over ids.
        int[] byRank = new int[projectCount];
        for (int i = 0; i < projectCount; i++) {
            byRank[i] = i;
        }
        for (int i = projectCount - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = byRank[i];
            byRank[i] = byRank[j];
            byRank[j] = t;
        }
        long[] cumulative = new long[projectCount];
        long sum = 0;
        for (int r = 0; r < projectCount; r++) {
            sum += 1_000_000L / (r + 1);
            cumulative[r] = sum;
        }
        List<Ballot> list = new ArrayList<>(ballots);
        boolean[] chosen = new boolean[projectCount];
        for (int v = 0; v < ballots; v++) {
            int k = 5 + rnd.nextInt(6);
            List<String> approved = new ArrayList<>(k);
            while (approved.size() < k) {
                long x = (long) (rnd.nextDouble() * sum);
                int lo = 0;
                int hi = projectCount - 1;
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (cumulative[mid] > x) {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                int p = byRank[lo];
                if (!chosen[p]) {
                    chosen[p] = true;
                    approved.add(projects.get(p).id());
                }
            }
            for (String id : approved) {
                chosen[Integer.parseInt(id.substring(1))] = false;
            }
            list.add(Ballot.approval("v" + v, approved));
        }
        return new Election(budget, projects, list);
    }
}
