package kz.dauys.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The real stack for a service's {@code @QuarkusTest}s: a Kafka broker and Keycloak started as
 * processes by {@code deploy/bin/*.sh} (reused when already running, stopped when the last Maven
 * build using them ends) and the service's own test database on the local PostgreSQL.
 *
 * <p>Register once per module: {@code @WithTestResource(value = DauysTestStack.class, scope = TestResourceScope.GLOBAL)}.
 */
public class DauysTestStack implements QuarkusTestResourceLifecycleManager {

    public static final int KAFKA_PORT = 19092;
    public static final int KAFKA_CONTROLLER_PORT = 19093;
    public static final int KEYCLOAK_PORT = 18180;
    public static final String KAFKA_BOOTSTRAP = "127.0.0.1:" + KAFKA_PORT;
    public static final String KEYCLOAK_URL = "http://127.0.0.1:" + KEYCLOAK_PORT;
    public static final String REALM_URL = KEYCLOAK_URL + "/realms/dauys";

    @Override
    public Map<String, String> start() {
        StackProcesses.ensureRunning();
        TestDatabase.ensureExists(TestDatabase.serviceNameFromApplicationProperties());
        return Map.of(
                "kafka.bootstrap.servers", KAFKA_BOOTSTRAP,
                "quarkus.oidc.auth-server-url", REALM_URL,
                "keycloak.url", KEYCLOAK_URL);
    }

    @Override
    public void stop() {
        // The broker and Keycloak outlive one module's tests on purpose: the next module reuses them,
        // and the watchdog stops them when the Maven build that leased them ends.
    }
}
