package kz.dauys.deploy;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The realm import ConfigMap: one source of truth, no demo users and no secrets in production. */
class KeycloakRealmImportTest {

    @Test
    void theChartsRealmIsAnExactCopyOfTheLocalRealm() throws IOException {
        Path source = DauysChart.repositoryRoot().resolve("deploy/keycloak/dauys-realm.json");
        Path copy = DauysChart.chartDirectory().resolve("files/dauys-realm.json");
        assertThat(Files.readString(copy))
                .as("helm/dauys/files/dauys-realm.json differs from deploy/keycloak/dauys-realm.json; "
                        + "copy it again: cp deploy/keycloak/dauys-realm.json helm/dauys/files/")
                .isEqualTo(Files.readString(source));
    }

    @Test
    void theImportedRealmHasNoDemoUsersAndNoClientSecrets() {
        Rendered chart = DauysChart.render(Map.of(), DauysChart.productionValues());
        Map<String, Object> realm = realm(chart);

        assertThat(realm.get("realm")).isEqualTo("dauys");
        assertThat(realm).doesNotContainKey("users");
        assertThat(realm.get("bruteForceProtected")).isEqualTo(true);
        assertThat(chart.text()).doesNotContain("dauys-demo", "dauys-portal-secret", "dauys-api-secret");
        Map<String, Object> portal = client(realm, "dauys-portal");
        assertThat(portal.get("secret")).isEqualTo("${DAUYS_PORTAL_CLIENT_SECRET}");
        assertThat(client(realm, "dauys-api").get("secret")).isEqualTo("${DAUYS_API_CLIENT_SECRET}");
        assertThat(Yamls.list(portal, "redirectUris")).containsExactly("https://dauys.gov.kz/*");
        assertThat(Yamls.list(realm, "roles.realm")).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void demoUsersCanBeImportedOnRequest() {
        Map<String, Object> realm = realm(DauysChart.render(Map.of("keycloakRealmImport.includeDemoUsers", "true")));
        assertThat(Yamls.maps(realm, "users")).extracting(user -> user.get("username")).contains("aigerim", "moderator1", "admin");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> realm(Rendered chart) {
        String json = Yamls.string(chart.get("ConfigMap", "dauys-keycloak-realm"), "data.dauys-realm\\.json");
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10 * 1024 * 1024);
        return (Map<String, Object>) new Yaml(options).load(json);
    }

    private static Map<String, Object> client(Map<String, Object> realm, String clientId) {
        List<Map<String, Object>> clients = Yamls.maps(realm, "clients");
        return clients.stream().filter(client -> clientId.equals(client.get("clientId"))).findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }
}
