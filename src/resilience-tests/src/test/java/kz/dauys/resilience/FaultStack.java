package kz.dauys.resilience;

import kz.dauys.testsupport.ServiceProcess;
import kz.dauys.testsupport.StackInstance;
import kz.dauys.testsupport.TestDatabase;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The private stack of the fault tests: a Kafka broker and a Keycloak of their own (never the shared
 * test instances), and the petitions and moderation jars on databases of their own
 * ({@code dauys_petitions_faults}, {@code dauys_moderation_faults}) on the local PostgreSQL. Started
 * once for the module; the Keycloak test stops it last.
 */
final class FaultStack {

    static final StackInstance.Kafka KAFKA = StackInstance.kafka("resilience-kafka", 39092, 39093);
    static final StackInstance.Keycloak KEYCLOAK = StackInstance.keycloak("resilience-keycloak", 38180);
    static final String PETITIONS_DB = "dauys_petitions_faults";
    static final String MODERATION_DB = "dauys_moderation_faults";

    private static ServiceProcess petitions;
    private static ServiceProcess moderation;
    private static boolean started;
    private static boolean hookInstalled;

    private FaultStack() {
    }

    private static boolean infrastructure;

    /** Only the private broker and Keycloak. */
    static synchronized void ensureInfrastructure() {
        if (infrastructure) {
            return;
        }
        CompletableFuture<Void> kafka = CompletableFuture.runAsync(KAFKA::start);
        CompletableFuture<Void> keycloak = CompletableFuture.runAsync(KEYCLOAK::start);
        kafka.join();
        keycloak.join();
        infrastructure = true;
    }

    static synchronized void ensureStarted() {
        if (started) {
            return;
        }
        ensureInfrastructure();
        TestDatabase.recreate(PETITIONS_DB);
        TestDatabase.recreate(MODERATION_DB);
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(FaultStack::stopServices));
            hookInstalled = true;
        }
        try {
            petitions = petitionsOn(TestDatabase.jdbcUrl(PETITIONS_DB)).launch();
            moderation = service("moderation").database(TestDatabase.jdbcUrl(MODERATION_DB)).launch();
            petitions.awaitReady();
            moderation.awaitReady();
        } catch (RuntimeException e) {
            stopServices();
            throw e;
        }
        started = true;
    }

    /** A petitions process on this stack's broker and Keycloak, abuse limits raised for load. */
    static ServiceProcess petitionsOn(String jdbcUrl) {
        return service("petitions").database(jdbcUrl)
                .env("DAUYS_PETITIONS_RATE_LIMIT_ACCOUNT_PER_MINUTE", "100000")
                .env("DAUYS_PETITIONS_RATE_LIMIT_ADDRESS_PER_MINUTE", "100000000")
                .env("DAUYS_PETITIONS_RATE_LIMIT_PETITIONS_PER_DAY", "100000")
                .env("DAUYS_OUTBOX_POLL_INTERVAL", "PT0.2S")
                .env("DAUYS_OUTBOX_MAX_BACKOFF", "PT2S")
                .jvmOption("-Xmx512m");
    }

    private static ServiceProcess service(String name) {
        return ServiceProcess.of(name).kafka(KAFKA.bootstrap()).oidc(KEYCLOAK.realmUrl())
                .logDirectory(Path.of("target", "service-logs"))
                .readyTimeout(Duration.ofSeconds(240));
    }

    static ServiceProcess petitions() {
        ensureStarted();
        return petitions;
    }

    static ServiceProcess moderation() {
        ensureStarted();
        return moderation;
    }

    static synchronized void stopServices() {
        if (petitions != null) {
            petitions.stop();
        }
        if (moderation != null) {
            moderation.stop();
        }
    }

    static synchronized void stopAll() {
        stopServices();
        KAFKA.stop();
        KEYCLOAK.stop();
        started = false;
        infrastructure = false;
    }
}
