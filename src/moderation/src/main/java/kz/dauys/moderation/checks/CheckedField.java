package kz.dauys.moderation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A named piece of text under check: {@code title}, {@code body} or {@code fields.<name>}. */
public record CheckedField(String name, String text) {

    /** The texts of a submission in a stable order: title, body, then the further fields by name. */
    public static List<CheckedField> of(String title, String body, Map<String, String> fields) {
        List<CheckedField> result = new ArrayList<>();
        result.add(new CheckedField("title", title == null ? "" : title));
        result.add(new CheckedField("body", body == null ? "" : body));
        if (fields != null) {
            new TreeMap<>(fields).forEach((name, text) -> {
                if (text != null && !text.isBlank()) {
                    result.add(new CheckedField("fields." + name, text));
                }
            });
        }
        return result;
    }
}
