package kz.dauys.testsupport;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A built service jar ({@code src/<service>/target/quarkus-app/quarkus-run.jar}) run as its own
 * process on a free port, for fault tests and benchmarks: started with {@code java -jar} and the
 * usual environment ({@code QUARKUS_HTTP_PORT}, {@code QUARKUS_DATASOURCE_JDBC_URL},
 * {@code KAFKA_BOOTSTRAP_SERVERS}, {@code DAUYS_OIDC_URL}), ready when {@code /q/health/ready}
 * answers 200, killed with SIGKILL or stopped with SIGTERM, restarted on the same port. The
 * application is copied once (next to the log directory, {@code service-apps/}) so that a rebuild of
 * the module meanwhile cannot change it; each start logs to its own file in the log directory.
 *
 * <pre>{@code
 * ServiceProcess petitions = ServiceProcess.of("petitions")
 *         .database(TestDatabase.jdbcUrl("dauys_petitions_faults")).kafka(kafka.bootstrap()).oidc(keycloak.realmUrl())
 *         .start();
 * petitions.kill();   // kill -9
 * petitions.start();  // same port, same configuration
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String service;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx384m"));
    private Path logDirectory = Path.of("target", "service-logs");
    private Duration readyTimeout = Duration.ofSeconds(180);
    private int port;
    private int starts;
    private Process process;
    private Path currentLog;
    private Path application;
    private Duration lastReadyAfter;
    private String groupSuffix = "";
    private boolean consumersFromTopicEnd;

    private ServiceProcess(String service) {
        this.service = service;
        this.port = freePort();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("DAUYS_LOG_JSON", "false");
    }

    /** A service by module name: petitions, budget, assembly, moderation, ombudsman, portal. */
    public static ServiceProcess of(String service) {
        return new ServiceProcess(service);
    }

    public ServiceProcess database(String jdbcUrl) {
        return env("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl);
    }

    public ServiceProcess kafka(String bootstrapServers) {
        return env("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
    }

    public ServiceProcess oidc(String realmUrl) {
        return env("DAUYS_OIDC_URL", realmUrl);
    }

    public ServiceProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public ServiceProcess jvmOption(String option) {
        if (option.startsWith("-Xmx")) {
            jvmOptions.removeIf(o -> o.startsWith("-Xmx"));
        }
        jvmOptions.add(option);
        return this;
    }

    public ServiceProcess port(int fixedPort) {
        this.port = fixedPort;
        return env("QUARKUS_HTTP_PORT", Integer.toString(fixedPort));
    }

    public ServiceProcess logDirectory(Path directory) {
        this.logDirectory = directory;
        return this;
    }

    public ServiceProcess readyTimeout(Duration timeout) {
        this.readyTimeout = timeout;
        return this;
    }

    /**
     * Suffixes every consumer group of the service ({@code mp.messaging.incoming.*.group.id} in its
     * application.properties), so this process never takes records meant for another run.
     */
    public ServiceProcess consumerGroupSuffix(String suffix) {
        channels().forEach(channel -> jvmOptions.add("-Dmp.messaging.incoming." + channel.name() + ".group.id=" + channel.group() + suffix));
        groupSuffix = suffix;
        return this;
    }

    /**
     * Before the first start, positions the (suffixed) consumer groups at the current end of their
     * topics: the process sees only what is published after it starts, not what other runs left on a
     * shared broker.
     */
    public ServiceProcess consumersFromTopicEnd() {
        consumersFromTopicEnd = true;
        return this;
    }

    private record Channel(String name, String group, String topic) {
    }

    private List<Channel> channels() {
        Properties properties = new Properties();
        Path file = RepositoryRoot.find().resolve("src/" + service + "/src/main/resources/application.properties");
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Channel> channels = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                String name = key.substring("mp.messaging.incoming.".length(), key.length() - ".group.id".length());
                channels.add(new Channel(name, properties.getProperty(key),
                        properties.getProperty("mp.messaging.incoming." + name + ".topic", name)));
            }
        }
        return channels;
    }

    private void positionConsumerGroups() {
        String bootstrap = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null) {
            throw new IllegalStateException("consumersFromTopicEnd() needs kafka(bootstrapServers)");
        }
        Map<String, List<String>> topicsByGroup = new LinkedHashMap<>();
        for (Channel channel : channels()) {
            topicsByGroup.computeIfAbsent(channel.group() + groupSuffix, g -> new ArrayList<>()).add(channel.topic());
        }
        topicsByGroup.forEach((group, topics) -> ConsumerGroups.startAtEnd(bootstrap, group, topics));
    }

    /** Starts the jar and waits until it is ready; again after {@link #kill()} or {@link #stop()}. */
    public ServiceProcess start() {
        launch();
        awaitReady();
        return this;
    }

    /** Starts the jar without waiting (see {@link #awaitReady()}). */
    public ServiceProcess launch() {
        if (isAlive()) {
            throw new IllegalStateException(service + " is already running (pid " + process.pid() + ")");
        }
        Path jar = application().resolve("quarkus-run.jar");
        if (consumersFromTopicEnd && starts == 0) {
            positionConsumerGroups();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDirectory);
            starts++;
            currentLog = logDirectory.resolve(service + "-" + port + "-" + starts + ".log").toAbsolutePath();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(currentLog.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            Process started = process;
            // A test JVM that ends (or is stopped) takes its services with it.
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service, e);
        }
        return this;
    }

    /** Waits for {@code /q/health/ready} to answer 200; fails with the log's location if the process dies. */
    public ServiceProcess awaitReady() {
        long started = System.nanoTime();
        try {
            Awaitility.await(service + " ready at " + url() + " (log " + currentLog + ")")
                    .atMost(readyTimeout).pollInterval(Duration.ofMillis(100)).pollInSameThread()
                    .until(() -> {
                        if (!isAlive()) {
                            throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see " + currentLog);
                        }
                        return readyStatus() == 200;
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new IllegalStateException(service + " not ready after " + readyTimeout + "; last /q/health/ready: " + readyBody()
                    + "; log " + currentLog, e);
        }
        lastReadyAfter = Duration.ofNanos(System.nanoTime() - started);
        return this;
    }

    private String readyBody() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body().replaceAll("\\s+", " ");
        } catch (IOException e) {
            return "no answer (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * The service's built application, copied once into the log directory's parent: a concurrent
     * rebuild of {@code src/<service>/target/quarkus-app} cannot change the jars under a running or
     * restarting process.
     */
    private Path application() {
        if (application != null) {
            return application;
        }
        Path built = RepositoryRoot.find().resolve("src/" + service + "/target/quarkus-app");
        if (!Files.isRegularFile(built.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(built + "/quarkus-run.jar is missing: build it first (./mvnw -B package -pl src/"
                    + service + " -DskipTests)");
        }
        Path copy = logDirectory.toAbsolutePath().resolveSibling("service-apps").resolve(service + "-" + port);
        try {
            if (Files.exists(copy)) {
                try (var old = Files.walk(copy)) {
                    for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            try (var files = Files.walk(built)) {
                for (Path source : files.toList()) {
                    Path target = copy.resolve(built.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + built, e);
        }
        application = copy;
        return application;
    }

    /** {@code /q/health/ready}'s status, or -1 when nothing answers. */
    public int readyStatus() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** kill -9: no shutdown hooks, no flushing, no goodbye to the broker. */
    public void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM and wait for a graceful exit (SIGKILL after 30 s). */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return currentLog;
    }

    /** Launch to ready, of the last start. */
    public Duration lastReadyAfter() {
        return lastReadyAfter;
    }

    /** Resident set size in KiB (from /proc), or -1 when unknown. */
    public long rssKib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
