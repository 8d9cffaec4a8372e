package kz.dauys.petitions.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU seconds used during a phase by the service process, by this client and by the PostgreSQL
 * backends of the bench database, plus the load average at both ends. On a shared machine the
 * wall-clock rate depends on what else runs; CPU per signature does not (much).
 *
 * <p>Linux only: reads {@code /proc/<pid>/stat} (utime + stime, in clock ticks).
 */
final class CpuMeter {

    private final long servicePid;
    private final double ticksPerSecond;
    private final String jdbcUrl;

    CpuMeter(long servicePid, double ticksPerSecond, String jdbcUrl) {
        this.servicePid = servicePid;
        this.ticksPerSecond = ticksPerSecond;
        this.jdbcUrl = jdbcUrl;
    }

    /** What the three consumers have used so far; {@code serviceJit} and {@code serviceGc} are parts of {@code service}. */
    record Reading(double service, double serviceJit, double serviceGc, double client, Map<Long, Double> database,
                   String loadAverage) {
    }

    /** CPU seconds of one phase, and the load average at its start and end. */
    record Usage(double service, double serviceJit, double serviceGc, double client, double database, String loadBefore,
                 String loadAfter) {

        String perThousand(long operations, String what) {
            double k = operations / 1000.0;
            if (k == 0) {
                return "no " + what;
            }
            return ("CPU s per 1,000 %s: service %.2f (JIT compiler threads %.2f, GC %.2f, the rest %.2f), client %.2f, "
                    + "PostgreSQL backends %.2f (phase totals %.1f / %.1f / %.1f s); load average %s -> %s")
                    .formatted(what, service / k, serviceJit / k, serviceGc / k, (service - serviceJit - serviceGc) / k,
                            client / k, database / k, service, client, database, loadBefore, loadAfter);
        }
    }

    Reading read() {
        double[] service = servicePid > 0 ? serviceThreads() : new double[] {Double.NaN, Double.NaN, Double.NaN};
        return new Reading(service[0], service[1], service[2], clientSeconds(), databaseBackends(), loadAverage());
    }

    Usage since(Reading start) {
        Reading end = read();
        double database = 0;
        for (Map.Entry<Long, Double> backend : end.database().entrySet()) {
            // A backend that connected during the phase used all its CPU within it.
            database += backend.getValue() - start.database().getOrDefault(backend.getKey(), 0.0);
        }
        return new Usage(end.service() - start.service(), end.serviceJit() - start.serviceJit(),
                end.serviceGc() - start.serviceGc(), end.client() - start.client(), database, start.loadAverage(),
                end.loadAverage());
    }

    /**
     * The service's total, its JIT compiler threads' and its garbage collector's CPU seconds. A fresh JVM
     * spends a large share on compiling; a long-running service does not.
     */
    private double[] serviceThreads() {
        double total = processSeconds(servicePid);
        double jit = 0;
        double gc = 0;
        try (var tasks = Files.list(Path.of("/proc/" + servicePid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                try {
                    name = Files.readString(task.resolve("comm")).trim();
                } catch (IOException gone) {
                    continue;
                }
                boolean compiler = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler");
                boolean collector = name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread");
                if (compiler || collector) {
                    double used = statSeconds(task.resolve("stat"));
                    if (!Double.isNaN(used)) {
                        if (compiler) {
                            jit += used;
                        } else {
                            gc += used;
                        }
                    }
                }
            }
        } catch (IOException e) {
            return new double[] {total, Double.NaN, Double.NaN};
        }
        return new double[] {total, jit, gc};
    }

    private static double clientSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private double processSeconds(long pid) {
        return statSeconds(Path.of("/proc/" + pid + "/stat"));
    }

    private double statSeconds(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            // Fields after the command name (which may hold spaces) start after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / ticksPerSecond;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The backends connected to the bench database (the service's pool, the raw-insert connections). */
    private Map<Long, Double> databaseBackends() {
        Map<Long, Double> seconds = new HashMap<>();
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement query = db.createStatement();
             ResultSet rs = query.executeQuery("select pid from pg_stat_activity where datname = '" + database
                     + "' and pid <> pg_backend_pid()")) {
            while (rs.next()) {
                long pid = rs.getLong(1);
                double used = processSeconds(pid);
                if (!Double.isNaN(used)) {
                    seconds.put(pid, used);
                }
            }
        } catch (Exception e) {
            // PostgreSQL on another host: its CPU is not visible here.
        }
        return seconds;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "?";
        }
    }
}
