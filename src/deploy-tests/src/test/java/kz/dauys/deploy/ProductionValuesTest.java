package kz.dauys.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static kz.dauys.deploy.DauysChart.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

/** values-production.yaml: Strimzi Kafka, a CloudNativePG cluster, tracing, TLS; Secrets rendered by the chart. */
class ProductionValuesTest {

    private static Rendered chart;

    @BeforeAll
    static void render() {
        chart = DauysChart.render(DauysChart.createdSecrets(), DauysChart.productionValues()).saveAs("production.yaml");
    }

    @Test
    void strimziRunsKafkaWithEveryTopicAndItsPartitions() {
        Map<String, Object> kafka = chart.get("Kafka", "dauys-kafka");
        assertThat(Yamls.at(kafka, "spec.kafka.config.min\\.insync\\.replicas")).isEqualTo(2);
        assertThat(Yamls.string(kafka, "spec.kafkaExporter.topicRegex")).as("DLQ growth is alerted from the exporter").isEqualTo("dauys\\..*");
        assertThat(Yamls.at(chart.get("KafkaNodePool", "dauys-kafka-dual-role"), "spec.replicas")).isEqualTo(3);
        Map<String, Integer> partitions = chart.ofKind("KafkaTopic").stream().collect(Collectors.toMap(
                topic -> Yamls.string(topic, "spec.topicName"), topic -> (Integer) Yamls.at(topic, "spec.partitions")));
        assertThat(partitions).containsExactlyInAnyOrderEntriesOf(Map.of(
                "dauys.petitions", 12, "dauys.budget", 6, "dauys.assembly", 6,
                "dauys.moderation", 6, "dauys.ombudsman", 6, "dauys.dlq", 3));
        assertThat(chart.ofKind("KafkaTopic")).allSatisfy(topic ->
                assertThat(Yamls.string(topic, "metadata.labels.strimzi\\.io/cluster")).isEqualTo("dauys-kafka"));
        assertThat(Yamls.map(chart.get("ConfigMap", "dauys-common"), "data"))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "dauys-kafka-kafka-bootstrap:9092");
    }

    @Test
    void cloudNativePgHoldsOneDatabaseAndRolePerService() {
        Map<String, Object> cluster = chart.get("Cluster", "dauys-postgres");
        assertThat(Yamls.at(cluster, "spec.instances")).isEqualTo(3);
        assertThat(Yamls.maps(cluster, "spec.managed.roles")).extracting(role -> role.get("name"))
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(service -> "dauys_" + service).toList());
        assertThat(Yamls.maps(cluster, "spec.managed.roles")).allSatisfy(role ->
                assertThat(Yamls.string(role, "passwordSecret.name")).isEqualTo("dauys-" + ((String) role.get("name")).substring(6) + "-db"));
        assertThat(chart.ofKind("Database")).extracting(database -> Yamls.string(database, "spec.name"))
                .containsExactlyInAnyOrderElementsOf(SERVICES.stream().map(service -> "dauys_" + service).toList());
        assertThat(chart.ofKind("Database")).allSatisfy(database ->
                assertThat(Yamls.string(database, "spec.owner")).isEqualTo(Yamls.string(database, "spec.name")));
        assertThat(Yamls.string(cluster, "spec.backup.barmanObjectStore.destinationPath")).isEqualTo("s3://dauys-backups/postgres");
        assertThat(chart.ofKind("ScheduledBackup")).hasSize(1);
        for (String service : SERVICES) {
            assertThat(Yamls.string(chart.get("ConfigMap", "dauys-" + service), "data.QUARKUS_DATASOURCE_JDBC_URL"))
                    .isEqualTo("jdbc:postgresql://dauys-postgres-rw:5432/dauys_" + service + "?sslmode=require");
        }
    }

    @Test
    void networkPoliciesFollowTheOperatorsPods() {
        for (String service : SERVICES) {
            String egress = Yamls.string(chart.get("NetworkPolicy", "dauys-" + service), "spec.egress");
            assertThat(egress).as(service).contains("cnpg.io/cluster=dauys-postgres", "strimzi.io/cluster=dauys-kafka", "port=4317");
            assertThat(egress).as(service).doesNotContain("10.0.0.0/8");
        }
    }

    @Test
    void secretsAreRenderedAsSecretsAndNeverInConfigMaps() {
        assertThat(chart.ofKind("Secret")).extracting(secret -> Yamls.string(secret, "metadata.name"))
                .containsExactlyInAnyOrder("dauys-iin-hash-key", "dauys-portal-oidc", "dauys-assembly-db", "dauys-budget-db",
                        "dauys-moderation-db", "dauys-ombudsman-db", "dauys-petitions-db");
        String configMaps = chart.ofKind("ConfigMap").toString();
        for (String secret : DauysChart.FakeSecrets.all()) {
            assertThat(configMaps).doesNotContain(secret);
        }
        assertThat(chart.ofKind("ConfigMap")).allSatisfy(configMap -> assertThat(Yamls.map(configMap, "data").keySet())
                .noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET") || key.equals("DAUYS_IIN_HASH_KEY")));
        String iinKey = Yamls.string(chart.get("Secret", "dauys-iin-hash-key"), "data.DAUYS_IIN_HASH_KEY");
        assertThat(new String(java.util.Base64.getDecoder().decode(iinKey))).isEqualTo(DauysChart.FakeSecrets.IIN_HASH_KEY);
        assertThat(Yamls.string(chart.get("Secret", "dauys-iin-hash-key"), "metadata.annotations.helm\\.sh/resource-policy")).isEqualTo("keep");
        assertThat(Yamls.string(chart.get("Secret", "dauys-petitions-db"), "type")).isEqualTo("kubernetes.io/basic-auth");
    }

    @Test
    void tracingIsOnAndImagesComeFromTheRegistry() {
        assertThat(Yamls.map(chart.get("ConfigMap", "dauys-common"), "data"))
                .containsEntry("QUARKUS_OTEL_SDK_DISABLED", "false")
                .containsEntry("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.monitoring:4317");
        assertThat(Yamls.string(DefaultValuesTest.container(chart, "petitions"), "image"))
                .isEqualTo("registry.dauys.gov.kz/dauys/petitions:1.0.0");
        assertThat(Yamls.at(chart.get("HorizontalPodAutoscaler", "dauys-petitions"), "spec.maxReplicas")).isEqualTo(40);
        List<Map<String, Object>> tls = Yamls.maps(chart.ofKind("Ingress").getFirst(), "spec.tls");
        assertThat(tls).singleElement().satisfies(entry -> assertThat(entry.get("secretName")).isEqualTo("dauys-gov-kz-tls"));
    }
}
