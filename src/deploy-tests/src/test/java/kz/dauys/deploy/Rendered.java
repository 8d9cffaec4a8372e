package kz.dauys.deploy;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects `helm template` rendered, parsed from its multi-document YAML. */
final class Rendered {

    private final String text;
    private final List<Map<String, Object>> objects;

    private Rendered(String text, List<Map<String, Object>> objects) {
        this.text = text;
        this.objects = objects;
    }

    @SuppressWarnings("unchecked")
    static Rendered parse(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(20 * 1024 * 1024);
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object document : new Yaml(options).loadAll(text)) {
            if (document instanceof Map<?, ?> map && !map.isEmpty()) {
                objects.add((Map<String, Object>) map);
            }
        }
        return new Rendered(text, objects);
    }

    String text() {
        return text;
    }

    /** Keeps what was rendered under target/rendered/ for a person to read after the build. */
    Rendered saveAs(String fileName) {
        try {
            java.nio.file.Path directory = java.nio.file.Path.of("target", "rendered");
            java.nio.file.Files.createDirectories(directory);
            java.nio.file.Files.writeString(directory.resolve(fileName), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    List<Map<String, Object>> all() {
        return objects;
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(Yamls.string(object, "metadata.name"))).findFirst();
    }

    Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " was rendered; rendered: "
                + objects.stream().map(o -> o.get("kind") + "/" + Yamls.string(o, "metadata.name")).toList()));
    }

    /** The value of the component label of every object of a kind. */
    List<String> componentNames(String kind) {
        return ofKind(kind).stream()
                .map(object -> Yamls.string(object, "metadata.labels.app\\.kubernetes\\.io/name"))
                .sorted()
                .toList();
    }
}
