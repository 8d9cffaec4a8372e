package kz.dauys.contract;

/** A text in the portal's languages; any of them may be null when not translated. */
public record LocalizedText(String kk, String ru, String en) {

    public static LocalizedText of(String text) {
        return new LocalizedText(text, text, text);
    }

    /** The text in the requested language, falling back to any language that has one. */
    public String in(String language) {
        String preferred = switch (language == null ? "" : language) {
            case "kk" -> kk;
            case "ru" -> ru;
            case "en" -> en;
            default -> null;
        };
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        for (String candidate : new String[] {ru, kk, en}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
