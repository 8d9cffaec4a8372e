package kz.dauys.petitions.bench;

import kz.dauys.kernel.iin.Iin;
import kz.dauys.kernel.iin.Sex;
import kz.dauys.testsupport.CloudEventRecords;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing benchmark: many distinct signers sign over HTTP with real Keycloak tokens against the
 * running service (real PostgreSQL, real Kafka), first at full speed (peak), then paced at 80% of
 * the peak (latency without coordinated omission); PostgreSQL's own single-row insert rate into an
 * equivalent table with the same unique index, at several connection counts before and after the
 * signing (the best is the baseline); and the check that count == rows == distinct signers and that
 * no acknowledged signature is missing.
 *
 * <p>Signers: a pool of {@code users} Keycloak users each signing {@code petitions} different
 * petitions, so every signature is by a distinct signer of its petition. Run by
 * {@code bench/petitions/signing-bench.sh}; settings come as system properties (see {@link #main}).
 */
public final class SigningBench {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String service = prop("bench.service", "http://127.0.0.1:28081");
    private final String keycloak = prop("bench.keycloak", "http://127.0.0.1:28180");
    private final String kafkaBootstrap = prop("bench.kafka", "127.0.0.1:29092");
    private final String jdbcUrl = prop("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/dauys_petitions_bench");
    private final String hashKey = prop("bench.hash-key", "ZGF1eXMtbG9jYWwtZGV2ZWxvcG1lbnQta2V5LW5vdC1mb3ItcHJvZHVjdGlvbg==");
    private final int users = Integer.parseInt(prop("bench.users", "500"));
    private final int petitions = Integer.parseInt(prop("bench.petitions", "120"));
    private final int concurrency = Integer.parseInt(prop("bench.concurrency", "64"));
    private final int peakSeconds = Integer.parseInt(prop("bench.peak-seconds", "20"));
    private final int steadySeconds = Integer.parseInt(prop("bench.steady-seconds", "20"));
    private final int rawSeconds = Integer.parseInt(prop("bench.raw-seconds", "8"));
    /**
     * Connection counts at which the raw insert rate is measured; the best one is the baseline. On two
     * cores 64 autocommit connections thrash on the WAL lock (pgbench: 3,200 rows/s at 64 clients, 6,100
     * at 8), so the signing concurrency alone would understate what PostgreSQL can do.
     */
    private final List<Integer> rawConnections = Arrays.stream(prop("bench.raw-connections", "2,8,32,64").split(","))
            .map(String::trim).map(Integer::parseInt).toList();
    private final int warmUpSeconds = Integer.parseInt(prop("bench.warm-up-seconds", "20"));
    /** A fixed rate for the open-loop phase instead of 80 % of the peak (0: 80 % of the peak). */
    private final double steadyRate = Double.parseDouble(prop("bench.steady-rate", "0"));
    /**
     * The open loop runs this long at its rate before its measurement starts: the first seconds after
     * the saturated peak phase (its backlog, the connections the open loop still has to open) are a
     * transition, not the steady state whose latency is asked for. Like wrk2's calibration period.
     */
    private final int settleSeconds = Integer.parseInt(prop("bench.settle-seconds", "5"));
    /** The open loop also reports each slice of this many seconds (by intended send time). */
    private final int sliceSeconds = Integer.parseInt(prop("bench.slice-seconds", "8"));
    private final CpuMeter cpu = new CpuMeter(Long.parseLong(prop("bench.service-pid", "0")),
            Double.parseDouble(prop("bench.clock-ticks", "100")), jdbcUrl);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    /** Connections the open loop may hold at once (the closed loops use {@code concurrency}). */
    private final int maxConnections = Integer.parseInt(prop("bench.max-connections", "256"));
    private final SignRequests signRequests = new SignRequests(service, maxConnections);

    private record Signer(String username, String iin, String token) {
    }

    private record Pair(int signer, UUID petition) {
    }

    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        new SigningBench().run();
    }

    private void run() throws Exception {
        log("settings: users=%d petitions=%d concurrency=%d (open loop: at most %d connections) warm-up=%ds peak=%ds steady=%ds "
                        + "(after %ds settling) raw=%ds at each of %s connections", users, petitions, concurrency, maxConnections,
                warmUpSeconds, peakSeconds, steadySeconds, settleSeconds, rawSeconds, rawConnections);
        List<Signer> signers = prepareSigners();
        List<UUID> ids = preparePetitions(signers);
        List<Pair> work = new ArrayList<>(signers.size() * ids.size());
        for (int s = 0; s < signers.size(); s++) {
            for (UUID id : ids) {
                work.add(new Pair(s, id));
            }
        }
        Collections.shuffle(work, new Random(42));
        ConcurrentLinkedQueue<Pair> queue = new ConcurrentLinkedQueue<>(work);

        RawRun rawBefore = bestRawInserts("before signing");

        CpuMeter.Reading idleStart = cpu.read();
        Thread.sleep(5000);
        CpuMeter.Usage idle = cpu.since(idleStart);
        log("CPU    idle service (Kafka consumers, outbox relay, metrics; no requests): %.3f CPU s per second", idle.service() / 5);
        warmUp(signers, queue);
        CpuMeter.Reading peakStart = cpu.read();
        Phase peak = closedLoop(signers, queue, peakSeconds);
        CpuMeter.Usage peakCpu = cpu.since(peakStart);
        log("PEAK   (closed loop, %d concurrent): %,.0f signatures/s, p50 %.1f ms, p99 %.1f ms, %d ok, %d errors",
                concurrency, peak.rate(), peak.p(50), peak.p(99), peak.ok, peak.errors);
        log("CPU    peak: %s", peakCpu.perThousand(peak.ok + peak.errors, "signing requests"));
        double target = steadyRate > 0 ? steadyRate : peak.rate() * 0.8;
        CpuMeter.Reading steadyStart = cpu.read();
        Phase steady = openLoop(signers, queue, target, settleSeconds, steadySeconds);
        CpuMeter.Usage steadyCpu = cpu.since(steadyStart);
        log("STEADY (open loop at %s = %,.0f/s): achieved %,.0f signatures/s, p50 %.1f ms, p99 %.1f ms, %d ok, %d errors",
                steadyRate > 0 ? "a fixed rate" : "80% of peak", target, steady.rate(), steady.p(50), steady.p(99), steady.ok,
                steady.errors);
        log("CPU    steady: %s", steadyCpu.perThousand(steady.ok + steady.errors, "signing requests"));
        logSlices(steady, target);
        Thread.sleep(2000);
        verify(signers, ids);
        RawRun rawAfter = bestRawInserts("after signing");
        // The best of all is the baseline: after signing, autovacuum and checkpoints of the signed rows
        // may still be running and would flatter the service.
        RawRun raw = rawBefore.rate() >= rawAfter.rate() ? rawBefore : rawAfter;
        log("RESULT service peak / raw insert rate (the best raw run: %,.0f rows/s at %d connections) = %.2fx; p99 at %s = %.1f ms",
                raw.rate(), raw.connections(), peak.rate() / raw.rate(), steadyRate > 0 ? "the fixed rate" : "80% of peak",
                steady.p(99));
        System.exit(0);
    }

    // ---- users and tokens ----

    private List<Signer> prepareSigners() throws Exception {
        String roleJson = send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/dauys/roles/citizen"))
                .header("Authorization", "Bearer " + adminToken()).GET().build(), 200);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Signer> signers = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        long started = System.nanoTime();
        for (int n = 1; n <= users; n++) {
            int number = n;
            pool.submit(() -> {
              try {
                String admin = adminToken();
                String username = "bench-%05d".formatted(number);
                String iin = Iin.generate(LocalDate.of(1960, 1, 1).plusDays(number % 15000), number % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                        1000 + number);
                String body = """
                        {"username":"%s","enabled":true,"firstName":"Bench","lastName":"Signer%d","email":"%s@bench.dauys.kz",
                         "emailVerified":true,"attributes":{"iin":["%s"],"region":["KZ-75"],"district":["KZ-75-BOSTANDYK"]},
                         "credentials":[{"type":"password","value":"bench-pass","temporary":false}]}"""
                        .formatted(username, number, username, iin);
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/admin/realms/dauys/users"))
                        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    send(HttpRequest.newBuilder(URI.create(location + "/role-mappings/realm"))
                            .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("[" + roleJson + "]")).build(), 204);
                    created.incrementAndGet();
                } else if (response.statusCode() != 409) {
                    throw new IllegalStateException("user " + username + ": " + response.statusCode() + " " + response.body());
                }
                signers.add(new Signer(username, iin, null));
              } catch (Exception e) {
                log("signer %d not ready: %s", number, e);
              }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(20, TimeUnit.MINUTES) || signers.size() != users) {
            throw new IllegalStateException("only " + signers.size() + " of " + users + " signers ready");
        }
        log("signers: %d accounts (%d created) in %.0f s", signers.size(), created.get(), (System.nanoTime() - started) / 1e9);
        signers.sort((a, b) -> a.username().compareTo(b.username()));
        // Tokens last (access tokens live 5 minutes): all of them are fresh when the load starts.
        long tokensStarted = System.nanoTime();
        List<java.util.concurrent.Future<Signer>> withTokens = new ArrayList<>();
        ExecutorService tokenPool = Executors.newFixedThreadPool(16);
        for (Signer signer : signers) {
            withTokens.add(tokenPool.submit(() -> new Signer(signer.username(), signer.iin(),
                    token("dauys", "dauys-cli", signer.username(), "bench-pass"))));
        }
        List<Signer> ready = new ArrayList<>();
        for (var future : withTokens) {
            ready.add(future.get());
        }
        tokenPool.shutdown();
        log("signers: %d tokens in %.0f s", ready.size(), (System.nanoTime() - tokensStarted) / 1e9);
        return ready;
    }

    private volatile String adminToken;
    private volatile long adminTokenAt;

    /** The master realm's admin token lives 60 s; it is renewed every 30 s while users are created. */
    private synchronized String adminToken() throws Exception {
        if (adminToken == null || System.nanoTime() - adminTokenAt > TimeUnit.SECONDS.toNanos(30)) {
            adminToken = token("master", "admin-cli", "admin", "admin");
            adminTokenAt = System.nanoTime();
        }
        return adminToken;
    }

    private String token(String realm, String client, String username, String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username=" + enc(username) + "&password=" + enc(password);
        String body = send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200);
        Matcher m = ACCESS_TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no token for " + username);
        }
        return m.group(1);
    }

    // ---- petitions, approved through the real broker ----

    private List<UUID> preparePetitions(List<Signer> signers) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < petitions; i++) {
                Signer author = signers.get(i % signers.size());
                String draft = """
                        {"title":{"ru":"Бенчмарк: петиция номер %d о благоустройстве"},
                         "text":{"ru":"Текст петиции для нагрузочного теста номер %d. Жители просят рассмотреть вопрос благоустройства."},
                         "topic":"urban","addressee":{"level":"CENTRAL","body":"CENTRAL_BODY","code":"MIN_INDUSTRY"}}"""
                        .formatted(i, i);
                String created = send(HttpRequest.newBuilder(URI.create(service + "/api/petitions"))
                        .header("Authorization", "Bearer " + author.token()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(draft)).build(), 201);
                Matcher m = ID.matcher(created);
                m.find();
                UUID id = UUID.fromString(m.group(1));
                send(HttpRequest.newBuilder(URI.create(service + "/api/petitions/" + id + "/submission"))
                        .header("Authorization", "Bearer " + author.token()).POST(HttpRequest.BodyPublishers.noBody()).build(), 200);
                String decision = """
                        {"caseId":"%s","kind":"PETITION","itemId":"%s","originService":"petitions","outcome":"APPROVE",
                         "onAppeal":false,"decidedAt":"%s"}""".formatted(UUID.randomUUID(), id, Instant.now());
                producer.send(CloudEventRecords.jsonRecord("dauys.moderation", "kz.dauys.moderation.decision.made.v1",
                        "/services/moderation", id.toString(), UUID.randomUUID().toString(), decision));
                ids.add(id);
            }
            producer.flush();
        }
        for (UUID id : ids) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!send(HttpRequest.newBuilder(URI.create(service + "/api/petitions/" + id)).GET().build(), -1)
                    .contains("\"state\":\"gathering_backers\"")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("petition " + id + " was not approved in time");
                }
                Thread.sleep(100);
            }
        }
        log("petitions: %d approved through the moderation topic", ids.size());
        return ids;
    }

    // ---- load ----

    private static final class Phase {
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        /** Acknowledged requests as {intended send time, latency}, both in nanoseconds. */
        final List<long[]> timeline = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong okCount = new AtomicLong();
        final AtomicLong errorCount = new AtomicLong();
        long ok;
        long errors;
        double seconds;
        long[] sorted;

        double rate() {
            return ok / seconds;
        }

        double p(int percentile) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }

        void finish(long startNanos) {
            seconds = (System.nanoTime() - startNanos) / 1e9;
            ok = okCount.get();
            errors = errorCount.get();
            sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    /**
     * Real signatures until the JIT has compiled the signing path: in the first seconds of a fresh JVM
     * the compiler threads took as much CPU as the request threads, which is not a cost of signing. At
     * least {@code warmUpSeconds}, then in 5 s slices until the compiler threads use less than a tenth
     * of the service's CPU (at most 60 s more): on a starved machine compiling takes longer.
     */
    private void warmUp(List<Signer> signers, ConcurrentLinkedQueue<Pair> queue) throws Exception {
        long started = System.nanoTime();
        CpuMeter.Reading start = cpu.read();
        Phase warm = closedLoop(signers, queue, warmUpSeconds);
        CpuMeter.Usage used = cpu.since(start);
        log("warm-up (%d s): %,.0f signatures/s; %s", warmUpSeconds, warm.rate(), used.perThousand(warm.ok + warm.errors, "signing requests"));
        long limit = started + TimeUnit.SECONDS.toNanos(warmUpSeconds + 60L);
        while (used.serviceJit() > 0.1 * used.service() && System.nanoTime() < limit && !queue.isEmpty()) {
            start = cpu.read();
            warm = closedLoop(signers, queue, 5);
            used = cpu.since(start);
            log("warm-up (5 s more, the JIT was still busy): %,.0f signatures/s; %s", warm.rate(),
                    used.perThousand(warm.ok + warm.errors, "signing requests"));
        }
    }

    private Phase closedLoop(List<Signer> signers, ConcurrentLinkedQueue<Pair> queue, int seconds) throws Exception {
        Phase phase = new Phase();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            Thread.ofVirtual().start(() -> {
                try {
                    Pair pair;
                    while (System.nanoTime() < end && (pair = queue.poll()) != null) {
                        long sent = System.nanoTime();
                        signOnce(signers.get(pair.signer()), pair, phase, sent);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        phase.finish(start);
        return phase;
    }

    /** Requests at a fixed rate; latency counts from the intended send time, so a stall is not hidden. */
    private Phase openLoop(List<Signer> signers, ConcurrentLinkedQueue<Pair> queue, double rate, int settle, int seconds)
            throws Exception {
        Phase phase = new Phase();
        Phase settling = new Phase();
        long start = System.nanoTime();
        long measuredFrom = start + TimeUnit.SECONDS.toNanos(settle);
        long total = (long) (rate * (settle + seconds));
        double interval = 1e9 / rate;
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        // Wake every quarter millisecond and send what is due: spinning for each gap of a few hundred
        // microseconds took most of a core from the service it measured. A request sent up to a tick late
        // still counts its latency from its intended time.
        long i = 0;
        while (i < total) {
            long now = System.nanoTime();
            for (long intended; i < total && (intended = start + (long) (i * interval)) <= now; i++) {
                Pair pair = queue.poll();
                if (pair == null) {
                    log("open loop ran out of signer/petition pairs after %d requests", i);
                    total = i;
                    break;
                }
                long due = intended;
                Phase counted = due < measuredFrom ? settling : phase;
                senders.submit(() -> signOnce(signers.get(pair.signer()), pair, counted, due));
            }
            LockSupport.parkNanos(250_000);
        }
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
        phase.finish(measuredFrom);
        if (settling.errorCount.get() > 0) {
            log("open loop: %d errors while settling", settling.errorCount.get());
        }
        return phase;
    }

    /**
     * The open loop slice by slice (by intended send time): whether the service kept the rate and its
     * latency while something else (the page benchmark's wrk runs) shared the machine.
     */
    private void logSlices(Phase phase, double target) {
        long start = phase.timeline.stream().mapToLong(r -> r[0]).min().orElse(0);
        long slice = TimeUnit.SECONDS.toNanos(sliceSeconds);
        java.util.TreeMap<Long, List<Long>> bySlice = new java.util.TreeMap<>();
        synchronized (phase.timeline) {
            for (long[] record : phase.timeline) {
                bySlice.computeIfAbsent((record[0] - start) / slice, k -> new ArrayList<>()).add(record[1]);
            }
        }
        bySlice.forEach((index, latencies) -> {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            long from = index * sliceSeconds;
            long to = Math.min(from + sliceSeconds, steadySeconds);
            log("STEADY slice %3d-%3d s: %,.0f of %,.0f signatures/s acknowledged, p50 %.1f ms, p99 %.1f ms", from, to,
                    sorted.length / (double) Math.max(1, to - from), target,
                    sorted[(int) Math.ceil(0.5 * sorted.length) - 1] / 1e6, sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6);
        });
    }

    private void signOnce(Signer signer, Pair pair, Phase phase, long intendedStart) {
        try {
            SignRequests.Answer response = signRequests.sign(pair.petition(), signer.token());
            long latency = System.nanoTime() - intendedStart;
            if (response.status() == 201 || response.status() == 200) {
                acknowledged.put(pair.petition() + "|" + signer.iin(), Boolean.TRUE);
                phase.okCount.incrementAndGet();
                phase.latencies.add(latency);
                phase.timeline.add(new long[] {intendedStart, latency});
            } else {
                if (phase.errorCount.incrementAndGet() <= 5) {
                    log("error %d: %s", response.status(), response.body());
                }
            }
        } catch (Exception e) {
            if (phase.errorCount.incrementAndGet() <= 5) {
                log("error: %s", e);
            }
        }
    }

    // ---- verification and the raw baseline ----

    private void verify(List<Signer> signers, List<UUID> ids) throws Exception {
        Set<String> stored = new HashSet<>();
        long mismatched = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            try (PreparedStatement rows = db.prepareStatement("select petition_id, signer_hash from signature where status = 'valid'");
                 ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1) + "|" + rs.getString(2));
                }
            }
            try (PreparedStatement check = db.prepareStatement("""
                    select p.id, coalesce(t.total, 0),
                           (select count(*) from signature s where s.petition_id = p.id and s.status = 'valid'),
                           (select count(distinct signer_hash) from signature s where s.petition_id = p.id and s.status = 'valid'),
                           (select coalesce(sum(count), 0) from petition_territory_tally x where x.petition_id = p.id)
                    from petition p left join petition_tally t on t.petition_id = p.id where p.id = any (?::uuid[])""")) {
                check.setArray(1, db.createArrayOf("text", ids.stream().map(UUID::toString).toArray()));
                try (ResultSet rs = check.executeQuery()) {
                    while (rs.next()) {
                        long total = rs.getLong(2);
                        if (total != rs.getLong(3) || total != rs.getLong(4) || total != rs.getLong(5)) {
                            mismatched++;
                            log("MISMATCH petition %s: total %d rows %d distinct %d by territory %d", rs.getString(1), total,
                                    rs.getLong(3), rs.getLong(4), rs.getLong(5));
                        }
                    }
                }
            }
        }
        long lost = 0;
        for (String key : acknowledged.keySet()) {
            String[] parts = key.split("\\|");
            if (!stored.contains(parts[0] + "|" + hash(parts[1]))) {
                lost++;
            }
        }
        log("VERIFY %d petitions: count == rows == distinct signers == sum by territory for all but %d; %,d acknowledged signatures, %d lost; %,d valid rows",
                ids.size(), mismatched, acknowledged.size(), lost, stored.size());
        if (mismatched > 0 || lost > 0) {
            throw new IllegalStateException("verification failed");
        }
    }

    private record RawRun(int connections, long rows, double seconds, CpuMeter.Usage cpu) {

        double rate() {
            return rows / seconds;
        }
    }

    /** The raw insert rate at each of {@code rawConnections}; returns the best. */
    private RawRun bestRawInserts(String when) throws Exception {
        RawRun best = null;
        for (int connections : rawConnections) {
            RawRun run = rawInserts(connections);
            log("RAW    %s: PostgreSQL single-row inserts (autocommit, %d connections, unique index): %,.0f rows/s; %s", when,
                    connections, run.rate(), run.cpu().perThousand(run.rows(), "rows"));
            if (best == null || run.rate() > best.rate()) {
                best = run;
            }
        }
        return best;
    }

    /**
     * Single-row autocommit inserts from {@code connections} connections for {@code rawSeconds}. The
     * connections stay open until the CPU is read, so their backends' CPU is counted.
     */
    private RawRun rawInserts(int connections) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement ddl = db.createStatement()) {
            ddl.execute("drop table if exists raw_signature");
            ddl.execute("create table raw_signature (like signature including all)");
        }
        UUID petition = UUID.randomUUID();
        AtomicLong inserted = new AtomicLong();
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(connections);
        CountDownLatch measured = new CountDownLatch(1);
        long[] window = new long[2];
        for (int t = 0; t < connections; t++) {
            int thread = t;
            Thread.ofPlatform().start(() -> {
                boolean ready = false;
                boolean through = false;
                try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                     PreparedStatement insert = db.prepareStatement("""
                             insert into raw_signature (petition_id, signer_hash, display_name, listed, region, district, signed_at,
                                                        client_hash, user_agent_family)
                             values (?, ?, 'Bench S.', true, 'KZ-75', 'KZ-75-BOSTANDYK', now(), 'c0ffee', 'library')""")) {
                    db.setAutoCommit(true);
                    ready = true;
                    connected.countDown();
                    go.await();
                    long n = 0;
                    while (System.nanoTime() < window[1]) {
                        insert.setObject(1, petition);
                        insert.setString(2, "raw:" + thread + ":" + n++);
                        insert.executeUpdate();
                        inserted.incrementAndGet();
                    }
                    through = true;
                    finished.countDown();
                    measured.await();
                } catch (Exception e) {
                    log("raw insert failed: %s", e);
                } finally {
                    if (!ready) {
                        connected.countDown();
                    }
                    if (!through) {
                        finished.countDown();
                    }
                }
            });
        }
        connected.await();
        CpuMeter.Reading start = cpu.read();
        window[0] = System.nanoTime();
        window[1] = window[0] + TimeUnit.SECONDS.toNanos(rawSeconds);
        go.countDown();
        finished.await();
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        long rows = inserted.get();
        CpuMeter.Usage usage = cpu.since(start);
        measured.countDown();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", ""); Statement ddl = db.createStatement()) {
            ddl.execute("drop table raw_signature");
        }
        return new RawRun(connections, rows, seconds, usage);
    }

    private String hash(String iin) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(hashKey), "HmacSHA256"));
        return "k1:" + HexFormat.of().formatHex(mac.doFinal(iin.getBytes(StandardCharsets.US_ASCII)));
    }

    // ---- helpers ----

    private String send(HttpRequest request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (expected > 0 && response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String prop(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
        System.out.flush();
    }
}
