package kz.dauys.portal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kz.dauys.testsupport.DauysTestStack;
import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.TestDatabase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real Dauys behind the portal under test: the Kafka broker and Keycloak of the test stack,
 * and the five services started from their built jars as {@link ServiceProcess}es on free ports with
 * fresh databases {@code dauys_<service>_<run>} and their own consumer groups, positioned at the end
 * of their topics. The portal gets a fixed free port registered as a redirect URI of the
 * {@code dauys-portal} client in the test Keycloak.
 */
public class ServiceStack implements QuarkusTestResourceLifecycleManager {

    static final List<String> SERVICES = List.of("petitions", "budget", "assembly", "moderation", "ombudsman");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Names this run's databases ({@code dauys_<service>_<run>}) and consumer groups ({@code <group>-portal-<run>}),
     * so that two engineers' test runs on one machine do not drop each other's databases: {@code -Ddauys.e2e.run=e2e2}.
     */
    static final String RUN = System.getProperty("dauys.e2e.run", "e2e").replaceAll("[^a-z0-9_]", "");
    private static final long STARTED = System.currentTimeMillis();

    private final List<ServiceProcess> processes = new ArrayList<>();

    /** The portal's address in this run (for the browser). */
    static volatile String portalUrl;
    static final Map<String, String> SERVICE_URLS = new LinkedHashMap<>();

    /** The address of a running service of this run ({@code budget}, {@code ombudsman}, ...), for tests that prepare data. */
    public static String serviceUrl(String service) {
        return SERVICE_URLS.get(service);
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(new DauysTestStack().start());
        // Per run, like the databases: two runs on one machine must not mix their logs.
        String suffix = "e2e".equals(RUN) ? "" : "-" + RUN;
        Path logs = repositoryRoot().resolve("src/portal/target/e2e-logs" + suffix);
        try {
            for (String service : SERVICES) {
                String database = "dauys_" + service + "_" + RUN;
                TestDatabase.recreate(database);
                ServiceProcess process = ServiceProcess.of(service)
                        .database(TestDatabase.jdbcUrl(database)).kafka(DauysTestStack.KAFKA_BOOTSTRAP).oidc(DauysTestStack.REALM_URL)
                        .jvmOption("-Xmx256m").jvmOption("-XX:TieredStopAtLevel=1").logDirectory(logs)
                        .consumerGroupSuffix("-portal-" + RUN + "-" + STARTED).consumersFromTopicEnd()
                        .launch();
                processes.add(process);
                SERVICE_URLS.put(service, process.url());
                config.put("quarkus.rest-client." + service + ".url", process.url());
            }
            processes.forEach(ServiceProcess::awaitReady);
            int portalPort = freePort();
            portalUrl = "http://127.0.0.1:" + portalPort;
            allowPortalRedirect(portalUrl);
            config.put("quarkus.http.test-port", Integer.toString(portalPort));
            config.put("quarkus.oidc.auth-server-url", DauysTestStack.REALM_URL);
            return config;
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public void stop() {
        processes.forEach(ServiceProcess::stop);
        processes.clear();
    }

    /** Adds the portal's test address to the dauys-portal client's redirect and post-logout URIs (admin API). */
    static void allowPortalRedirect(String portal) {
        try {
            String adminToken = JSON.readTree(post(DauysTestStack.KEYCLOAK_URL + "/realms/master/protocol/openid-connect/token",
                    "grant_type=password&client_id=admin-cli&username=admin&password=admin")).path("access_token").asText();
            String clients = DauysTestStack.KEYCLOAK_URL + "/admin/realms/dauys/clients";
            JsonNode found = JSON.readTree(send(HttpRequest.newBuilder(URI.create(clients + "?clientId=dauys-portal"))
                    .header("Authorization", "Bearer " + adminToken).GET().build()));
            ObjectNode client = (ObjectNode) found.get(0);
            ArrayNode redirects = (ArrayNode) client.withArray("redirectUris");
            redirects.add(portal + "/*");
            ObjectNode attributes = client.with("attributes");
            String logout = attributes.path("post.logout.redirect.uris").asText("");
            attributes.put("post.logout.redirect.uris", (logout.isEmpty() ? "" : logout + "##") + portal + "/*");
            send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asText()))
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String post(String url, String form) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private static String send(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    static Path repositoryRoot() {
        String root = System.getProperty("dauys.root");
        if (root != null && !root.isBlank()) {
            return Path.of(root);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("src/portal/pom.xml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root");
        }
        return dir;
    }
}
