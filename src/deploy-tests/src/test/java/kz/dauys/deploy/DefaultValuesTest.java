package kz.dauys.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static kz.dauys.deploy.DauysChart.COMPONENTS;
import static kz.dauys.deploy.DauysChart.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

/** What the chart renders with its default values: external Kafka and PostgreSQL, Secrets made out of band. */
class DefaultValuesTest {

    private static Rendered chart;

    @BeforeAll
    static void render() {
        chart = DauysChart.render().saveAs("default.yaml");
    }

    @Test
    void everyComponentHasADeploymentWithTheThreeHealthProbesAndResourceLimits() {
        assertThat(chart.componentNames("Deployment")).containsExactlyElementsOf(COMPONENTS);
        for (String component : COMPONENTS) {
            Map<String, Object> container = container(chart, component);
            assertThat(Yamls.string(container, "startupProbe.httpGet.path")).as(component).isEqualTo("/q/health/started");
            assertThat(Yamls.string(container, "readinessProbe.httpGet.path")).as(component).isEqualTo("/q/health/ready");
            assertThat(Yamls.string(container, "livenessProbe.httpGet.path")).as(component).isEqualTo("/q/health/live");
            assertThat(Yamls.map(container, "resources.requests")).as(component).containsKeys("cpu", "memory");
            assertThat(Yamls.map(container, "resources.limits")).as(component).containsKeys("cpu", "memory");
            assertThat(Yamls.string(container, "image")).as(component).isEqualTo("dauys/" + component + ":1.0.0-SNAPSHOT");
            assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem")).as(component).isEqualTo(true);
        }
    }

    @Test
    void everyComponentHasAServiceAnAutoscalerAndADisruptionBudget() {
        assertThat(chart.componentNames("Service")).containsExactlyElementsOf(COMPONENTS);
        assertThat(chart.componentNames("HorizontalPodAutoscaler")).containsExactlyElementsOf(COMPONENTS);
        assertThat(chart.componentNames("PodDisruptionBudget")).containsExactlyElementsOf(COMPONENTS);
        Map<String, Object> petitions = chart.get("HorizontalPodAutoscaler", "dauys-petitions");
        assertThat(Yamls.string(petitions, "spec.scaleTargetRef.name")).isEqualTo("dauys-petitions");
        assertThat(Yamls.at(petitions, "spec.minReplicas")).isEqualTo(3);
        assertThat(Yamls.at(chart.get("PodDisruptionBudget", "dauys-petitions"), "spec.minAvailable")).isEqualTo(2);
    }

    @Test
    void onlyThePortalHasAnIngress() {
        List<Map<String, Object>> ingresses = chart.ofKind("Ingress");
        assertThat(ingresses).hasSize(1);
        Map<String, Object> rule = Yamls.maps(ingresses.getFirst(), "spec.rules").getFirst();
        assertThat(rule.get("host")).isEqualTo("dauys.example.kz");
        Map<String, Object> path = Yamls.maps(rule, "http.paths").getFirst();
        assertThat(Yamls.string(path, "backend.service.name")).isEqualTo("dauys-portal");
    }

    @Test
    void servicesGetTheirOwnDatabaseAndTheSharedKafkaAndKeycloak() {
        for (String service : SERVICES) {
            Map<String, Object> config = Yamls.map(chart.get("ConfigMap", "dauys-" + service), "data");
            assertThat(config.get("QUARKUS_DATASOURCE_JDBC_URL")).as(service)
                    .isEqualTo("jdbc:postgresql://postgresql.example.internal:5432/dauys_" + service + "?sslmode=require");
            List<String> secretEnv = Yamls.maps(container(chart, service), "env").stream()
                    .map(env -> Yamls.string(env, "name")).toList();
            assertThat(secretEnv).as(service).containsExactlyInAnyOrder("DAUYS_DB_USER", "DAUYS_DB_PASSWORD", "DAUYS_IIN_HASH_KEY");
            assertThat(Yamls.maps(container(chart, service), "env"))
                    .allSatisfy(env -> assertThat(Yamls.at(env, "valueFrom.secretKeyRef")).isNotNull());
        }
        Map<String, Object> common = Yamls.map(chart.get("ConfigMap", "dauys-common"), "data");
        assertThat(common).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka.example.internal:9092")
                .containsEntry("DAUYS_OIDC_URL", "https://login.dauys.example.kz/realms/dauys")
                .containsEntry("QUARKUS_HTTP_PORT", "8080")
                .containsEntry("JAVA_TOOL_OPTIONS", "-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError")
                .containsEntry("DAUYS_SERVICE_PETITIONS_URL", "http://dauys-petitions:8080")
                .containsEntry("QUARKUS_OTEL_SDK_DISABLED", "true")
                .containsEntry("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true")
                .doesNotContainKey("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
        assertThat(Yamls.map(chart.get("ConfigMap", "dauys-portal"), "data")).doesNotContainKey("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(Yamls.maps(container(chart, "portal"), "env")).singleElement()
                .satisfies(env -> assertThat(env.get("name")).isEqualTo("QUARKUS_OIDC_CREDENTIALS_SECRET"));
    }

    @Test
    void secretsAreReferencedButNotRenderedByDefault() {
        assertThat(chart.ofKind("Secret")).isEmpty();
        assertThat(Yamls.string(container(chart, "petitions"), "env"))
                .contains("dauys-petitions-db", "dauys-iin-hash-key");
    }

    @Test
    void noOperatorResourcesUnlessEnabled() {
        assertThat(chart.all()).extracting(object -> (String) object.get("apiVersion"))
                .noneMatch(apiVersion -> apiVersion.startsWith("kafka.strimzi.io") || apiVersion.startsWith("postgresql.cnpg.io"));
    }

    static Map<String, Object> container(Rendered chart, String component) {
        Map<String, Object> deployment = chart.get("Deployment", "dauys-" + component);
        return Yamls.maps(deployment, "spec.template.spec.containers").getFirst();
    }
}
