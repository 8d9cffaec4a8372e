package kz.dauys.deploy;

import java.util.List;
import java.util.Map;

/** Walks parsed YAML by dotted paths ("spec.template.spec"); a backslash escapes a dot in a key. */
final class Yamls {

    private Yamls() {
    }

    static Object at(Object node, String path) {
        Object current = node;
        for (String key : path.split("(?<!\\\\)\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key.replace("\\.", "."));
        }
        return current;
    }

    static String string(Object node, String path) {
        Object value = at(node, path);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String path) {
        Object value = at(node, path);
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("no map at " + path + " in " + node);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String path) {
        Object value = at(node, path);
        if (!(value instanceof List<?>)) {
            throw new AssertionError("no list at " + path + " in " + node);
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object node, String path) {
        return (List<Map<String, Object>>) (List<?>) list(node, path);
    }
}
