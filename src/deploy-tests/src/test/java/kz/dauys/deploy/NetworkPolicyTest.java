package kz.dauys.deploy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static kz.dauys.deploy.DauysChart.COMPONENTS;
import static kz.dauys.deploy.DauysChart.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

/** Only the portal is reachable from outside; services accept only the portal and each other. */
class NetworkPolicyTest {

    private static Rendered chart;

    @BeforeAll
    static void render() {
        chart = DauysChart.render();
    }

    @Test
    void everyComponentIsIsolatedInBothDirections() {
        assertThat(chart.componentNames("NetworkPolicy")).containsExactlyElementsOf(COMPONENTS);
        for (String component : COMPONENTS) {
            Map<String, Object> policy = policy(component);
            assertThat(Yamls.list(policy, "spec.policyTypes")).as(component).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(Yamls.map(policy, "spec.podSelector.matchLabels"))
                    .as(component).containsEntry("app.kubernetes.io/name", component);
        }
    }

    @Test
    void thePortalAcceptsTheIngressControllerAndTheMetricsScraperOnly() {
        List<Map<String, Object>> peers = ingressPeers("portal");
        assertThat(peers).hasSize(2).allSatisfy(peer -> assertThat(peer).containsOnlyKeys("namespaceSelector"));
        assertThat(peers).extracting(peer -> Yamls.string(peer, "namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name"))
                .containsExactlyInAnyOrder("ingress-nginx", "monitoring");
    }

    @Test
    void servicesAcceptThePortalAndEachOtherButNotTheIngressController() {
        for (String service : SERVICES) {
            List<Map<String, Object>> peers = ingressPeers(service);
            Map<String, Object> releasePeer = peers.stream().filter(peer -> peer.containsKey("podSelector")).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " accepts no pods of the release"));
            assertThat(releasePeer).as("a pod selector without a namespace selector means this namespace only").doesNotContainKey("namespaceSelector");
            assertThat(Yamls.map(releasePeer, "podSelector.matchLabels"))
                    .containsEntry("app.kubernetes.io/part-of", "dauys").containsEntry("app.kubernetes.io/instance", "dauys");
            assertThat(Yamls.string(releasePeer, "podSelector.matchExpressions")).contains("frontend", "service");
            assertThat(peers).as(service).noneMatch(peer -> Yamls.string(peer, "namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name") != null
                    && Yamls.string(peer, "namespaceSelector.matchLabels.kubernetes\\.io/metadata\\.name").equals("ingress-nginx"));
            assertThat(peers).as(service).noneMatch(peer -> peer.containsKey("ipBlock"));
        }
    }

    @Test
    void egressReachesDnsTheDatabaseKafkaAndKeycloak() {
        for (String service : SERVICES) {
            List<Integer> ports = egressPorts(service);
            assertThat(ports).as(service).contains(53, 8080, 5432, 9092, 443);
        }
        assertThat(egressPorts("portal")).as("the portal needs no database or Kafka").contains(53, 8080, 443).doesNotContain(5432, 9092);
    }

    private static Map<String, Object> policy(String component) {
        return chart.get("NetworkPolicy", "dauys-" + component);
    }

    private static List<Map<String, Object>> ingressPeers(String component) {
        return Yamls.maps(policy(component), "spec.ingress").stream()
                .flatMap(rule -> Yamls.maps(rule, "from").stream())
                .toList();
    }

    static List<Integer> egressPorts(Rendered chart, String component) {
        return Yamls.maps(chart.get("NetworkPolicy", "dauys-" + component), "spec.egress").stream()
                .flatMap(rule -> Yamls.maps(rule, "ports").stream())
                .map(port -> (Integer) port.get("port"))
                .toList();
    }

    private static List<Integer> egressPorts(String component) {
        return egressPorts(chart, component);
    }
}
