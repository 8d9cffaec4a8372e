package kz.dauys.moderation.checks;

/**
 * Guesses the language of a text (kk, ru or en) from letter statistics: Latin against Cyrillic
 * letters, and among Cyrillic letters the share of the letters only Kazakh uses (ә ғ қ ң ө ұ ү һ і).
 */
public final class LanguageDetector {

    private static final String KAZAKH_LETTERS = "әғқңөұүһі";
    /** Share of Kazakh-only letters among Cyrillic ones from which a text reads as Kazakh (typical Kazakh: 8-12%). */
    private static final double KAZAKH_SHARE = 0.02;

    private LanguageDetector() {
    }

    /** The detected language, or null when the text has too few letters to tell. */
    public record Detection(String language, int latin, int cyrillic, int kazakhSpecific) {

        public String explanation() {
            return "Letters: " + cyrillic + " Cyrillic (" + kazakhSpecific + " Kazakh-specific), " + latin + " Latin.";
        }
    }

    public static Detection detect(String text) {
        int latin = 0;
        int cyrillic = 0;
        int kazakh = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z') {
                latin++;
            } else if (TextNormalizer.isCyrillic(c) && Character.isLetter(c)) {
                cyrillic++;
                if (KAZAKH_LETTERS.indexOf(c) >= 0) {
                    kazakh++;
                }
            }
        }
        String language;
        if (latin + cyrillic < 3) {
            language = null;
        } else if (latin > cyrillic) {
            language = "en";
        } else if (kazakh > 0 && kazakh >= cyrillic * KAZAKH_SHARE) {
            language = "kk";
        } else {
            language = "ru";
        }
        return new Detection(language, latin, cyrillic, kazakh);
    }
}
