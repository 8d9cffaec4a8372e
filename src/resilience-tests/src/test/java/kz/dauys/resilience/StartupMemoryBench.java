package kz.dauys.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up time and resident memory of every service jar, the method of docs/benchmarks.md
 * "Service start-up and memory": prod profile, -Xmx384m, a fresh scratch database (Flyway migrates
 * at start), the private broker and Keycloak; launch to /q/health/ready UP, RSS at ready, after
 * 20 s idle and after 3,000 sequential requests (2,000 /q/health/ready, 500 of a public list
 * endpoint, 500 /q/metrics). One service at a time. Run: bench/resilience/startup-memory.sh.
 */
class StartupMemoryBench {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyService() throws Exception {
        FaultStack.ensureInfrastructure();
        System.out.println("[startup] machine: " + Machine.describe());
        System.out.println("| service | start-up (\"started in\") | ready (launch to UP) | RSS at ready | RSS after 20 s idle | RSS after 3,000 requests | list endpoint |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String service : List.of("petitions", "budget", "assembly", "moderation", "ombudsman")) {
            String database = "dauys_" + service + "_startup";
            TestDatabase.recreate(database);
            try (ServiceProcess process = ServiceProcess.of(service).database(TestDatabase.jdbcUrl(database))
                    .kafka(FaultStack.KAFKA.bootstrap()).oidc(FaultStack.KEYCLOAK.realmUrl()).readyTimeout(Duration.ofSeconds(300))) {
                process.start();
                long atReady = process.rssKib();
                long idleFrom = System.nanoTime();
                Awaitility.await().pollDelay(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(25))
                        .until(() -> System.nanoTime() - idleFrom >= 20_000_000_000L);
                long afterIdle = process.rssKib();
                String list = publicListEndpoint(process);
                long requestsFrom = System.nanoTime();
                for (int i = 0; i < 2000; i++) {
                    get(process.url() + "/q/health/ready");
                }
                for (int i = 0; i < 500; i++) {
                    get(process.url() + list);
                    get(process.url() + "/q/metrics");
                }
                double requestSeconds = (System.nanoTime() - requestsFrom) / 1e9;
                long afterRequests = process.rssKib();
                Matcher started = STARTED_IN.matcher(Files.readString(process.log()));
                System.out.printf("| %s | %s s | %.1f s | %d MiB | %d MiB | %d MiB (requests took %.1f s) | `%s` |%n", service,
                        started.find() ? started.group(1) : "?", process.lastReadyAfter().toMillis() / 1000.0,
                        atReady / 1024, afterIdle / 1024, afterRequests / 1024, requestSeconds, list);
            }
            TestDatabase.recreate(database);
        }
        System.out.println("[startup] machine after: " + Machine.describe());
    }

    @AfterAll
    static void stopThePrivateStack() {
        FaultStack.stopAll();
    }

    /** The first GET without path parameters in the service's OpenAPI document that answers 200 anonymously. */
    private static String publicListEndpoint(ServiceProcess process) throws Exception {
        JsonNode doc = JSON.readTree(Signers.HTTP.send(HttpRequest.newBuilder(URI.create(process.url() + "/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (path.getKey().contains("{") || !path.getValue().has("get") || path.getKey().startsWith("/q/")) {
                continue;
            }
            if (get(process.url() + path.getKey()) == 200) {
                return path.getKey();
            }
        }
        return "/q/openapi";
    }

    private static int get(String url) throws Exception {
        return Signers.HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
