package kz.dauys.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chart under test (helm/dauys in the repository) and how the tests render it. */
final class DauysChart {

    static final String RELEASE = "dauys";
    static final String NAMESPACE = "dauys";
    /** A Kubernetes version the chart supports (Chart.yaml kubeVersion); helm template assumes 1.20 otherwise. */
    static final String KUBERNETES_VERSION = "1.31.0";
    /** The portal and the five services, as named in values.yaml. */
    static final List<String> COMPONENTS = List.of("assembly", "budget", "moderation", "ombudsman", "petitions", "portal");
    static final List<String> SERVICES = List.of("assembly", "budget", "moderation", "ombudsman", "petitions");

    private DauysChart() {
    }

    static Path repositoryRoot() {
        Path root = Path.of(System.getProperty("dauys.root", "../..")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("helm/dauys"))) {
            throw new IllegalStateException("No helm/dauys under " + root + " (system property dauys.root)");
        }
        return root;
    }

    static Path chartDirectory() {
        return repositoryRoot().resolve("helm/dauys");
    }

    static Path productionValues() {
        return chartDirectory().resolve("values-production.yaml");
    }

    /** Values that let the chart render its own Secrets (secrets.create=true), all fake. */
    static Map<String, Object> createdSecrets() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("secrets.create", "true");
        values.put("secrets.iinHashKey", FakeSecrets.IIN_HASH_KEY);
        values.put("secrets.portalClientSecret", FakeSecrets.PORTAL_CLIENT_SECRET);
        for (String service : SERVICES) {
            values.put("secrets.databaseCredentials." + service + ".password", FakeSecrets.databasePassword(service));
        }
        return values;
    }

    static Rendered render() {
        return render(Map.of());
    }

    static Rendered render(Map<String, Object> sets, Path... valuesFiles) {
        TemplateCommand template = new Helm(chartDirectory()).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBERNETES_VERSION);
        for (Path valuesFile : valuesFiles) {
            template = template.withValuesFile(valuesFile);
        }
        for (Map.Entry<String, Object> set : sets.entrySet()) {
            template = template.set(set.getKey(), set.getValue());
        }
        return Rendered.parse(template.call());
    }

    /** Secret values used by the tests, so they can be looked for where they must not be. */
    static final class FakeSecrets {
        static final String IIN_HASH_KEY = "dGVzdC1vbmx5LWlpbi1oYXNoLWtleS0zMi1ieXRlcy1sb25nLXh5eg==";
        static final String PORTAL_CLIENT_SECRET = "portal-client-secret-for-tests";

        static String databasePassword(String service) {
            return "db-password-of-" + service + "-for-tests";
        }

        static List<String> all() {
            List<String> all = new java.util.ArrayList<>(List.of(IIN_HASH_KEY, PORTAL_CLIENT_SECRET));
            SERVICES.forEach(service -> all.add(databasePassword(service)));
            return all;
        }

        private FakeSecrets() {
        }
    }
}
