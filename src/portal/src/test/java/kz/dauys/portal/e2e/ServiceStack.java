package kz.dauys.portal.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kz.dauys.testsupport.ConsumerGroups;
import kz.dauys.testsupport.DauysTestStack;
import kz.dauys.testsupport.TestDatabase;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Properties;

/**
 * The real Dauys behind the portal under test: the Kafka broker and Keycloak of the test stack,
 * and the five services started from their built jars ({@code src/<service>/target/quarkus-app})
 * on free ports with fresh databases {@code dauys_<service>_e2e}. The portal gets a fixed free
 * port registered as a redirect URI of the {@code dauys-portal} client in the test Keycloak.
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

    private final List<Process> processes = new ArrayList<>();

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
        Path root = repositoryRoot();
        // Per run, like the databases: two runs on one machine must not overwrite each other's copies and logs.
        String suffix = "e2e".equals(RUN) ? "" : "-" + RUN;
        Path logs = root.resolve("src/portal/target/e2e-logs" + suffix);
        try {
            Files.createDirectories(logs);
            for (String service : SERVICES) {
                Path built = root.resolve("src/" + service + "/target/quarkus-app");
                if (!Files.exists(built.resolve("quarkus-run.jar"))) {
                    throw new IllegalStateException(built + "/quarkus-run.jar is missing: build the service first (./mvnw install -pl src/" + service + " -DskipTests)");
                }
                // A copy: the service's own build may rewrite its target/ while this suite runs.
                Path app = root.resolve("src/portal/target/e2e-apps" + suffix + "/" + service);
                copyTree(built, app);
                Path jar = app.resolve("quarkus-run.jar");
                String database = "dauys_" + service + "_" + RUN;
                TestDatabase.recreate(database);
                int port = freePort();
                List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
                List<Channel> channels = incomingChannels(root, service);
                Map<String, List<String>> topicsByGroup = new LinkedHashMap<>();
                for (Channel channel : channels) {
                    String ownGroup = channel.group() + "-portal-" + RUN + "-" + STARTED;
                    topicsByGroup.computeIfAbsent(ownGroup, g -> new ArrayList<>()).add(channel.topic());
                    command.add("-Dmp.messaging.incoming." + channel.name() + ".group.id=" + ownGroup);
                }
                topicsByGroup.forEach(ConsumerGroups::startAtEnd);
                command.addAll(List.of("-jar", jar.toString()));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(logs.resolve(service + ".log").toFile());
                builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
                builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", DauysTestStack.KAFKA_BOOTSTRAP);
                builder.environment().put("DAUYS_OIDC_URL", DauysTestStack.REALM_URL);
                builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", TestDatabase.jdbcUrl(database));
                builder.environment().put("DAUYS_LOG_JSON", "false");
                processes.add(builder.start());
                String url = "http://127.0.0.1:" + port;
                SERVICE_URLS.put(service, url);
                config.put("quarkus.rest-client." + service + ".url", url);
            }
            for (Map.Entry<String, String> service : SERVICE_URLS.entrySet()) {
                awaitReady(service.getKey(), service.getValue(), logs);
            }
            int portalPort = freePort();
            portalUrl = "http://127.0.0.1:" + portalPort;
            allowPortalRedirect(portalUrl);
            config.put("quarkus.http.test-port", Integer.toString(portalPort));
            config.put("quarkus.oidc.auth-server-url", DauysTestStack.REALM_URL);
            return config;
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public void stop() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        processes.clear();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (var old = Files.walk(to)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (var files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private static void awaitReady(String service, String url, Path logs) {
        try {
            Awaitility.await(service + " ready at " + url + " (log " + logs.resolve(service + ".log") + ")")
                    .atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions()
                    .until(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        } catch (RuntimeException e) {
            throw new IllegalStateException(service + " did not become ready; see " + logs.resolve(service + ".log"), e);
        }
    }

    private record Channel(String name, String group, String topic) {
    }

    /**
     * The service's Kafka channels, to give each its own consumer group for this run, positioned at the
     * end of its topic: the journeys must neither take records from the services' own test runs nor
     * wait behind the backlog those runs left on the shared broker.
     */
    private static List<Channel> incomingChannels(Path root, String service) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(root.resolve("src/" + service + "/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        List<Channel> channels = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                String name = key.substring("mp.messaging.incoming.".length(), key.length() - ".group.id".length());
                String topic = properties.getProperty("mp.messaging.incoming." + name + ".topic", name);
                channels.add(new Channel(name, properties.getProperty(key), topic));
            }
        }
        return channels;
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
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
