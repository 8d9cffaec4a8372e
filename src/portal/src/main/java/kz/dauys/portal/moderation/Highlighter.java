package kz.dauys.portal.moderation;

import java.util.Comparator;
import java.util.List;

/**
 * Marks the findings of the automatic checks inside a field's text with {@code <mark>} so the
 * moderator sees where they are. Everything else is HTML-escaped; overlapping findings are merged.
 */
public final class Highlighter {

    private Highlighter() {
    }

    public static String highlight(String text, String field, List<ModerationClient.Finding> findings) {
        if (text == null) {
            return "";
        }
        List<int[]> ranges = findings == null ? List.of() : findings.stream()
                .filter(f -> field.equals(f.field()) && f.start() != null && f.end() != null)
                .map(f -> new int[] {Math.max(0, f.start()), Math.min(text.length(), f.end())})
                .filter(r -> r[0] < r[1])
                .sorted(Comparator.comparingInt(r -> r[0])).toList();
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] range : ranges) {
            int start = Math.max(range[0], at);
            if (start >= range[1]) {
                continue;
            }
            out.append(escape(text.substring(at, start)));
            out.append("<mark class=\"highlight\">").append(escape(text.substring(start, range[1]))).append("</mark>");
            at = range[1];
        }
        out.append(escape(text.substring(at)));
        return out.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
