package kz.dauys.moderation.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words (runs of letters and digits) and normalises each one character for
 * character, so that offsets in normalised words are offsets in the original text.
 */
public final class TextNormalizer {

    private static final String LATIN_LOOKALIKES = "aeopcxykmthb";
    private static final String CYRILLIC_LOOKALIKES = "аеорсхукмтнв";

    private TextNormalizer() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            tokens.add(token(text, start, i));
        }
        return tokens;
    }

    /** Lower case, ё as е; the form word lists are written in. */
    public static String plain(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(fold(word.charAt(i)));
        }
        return out.toString();
    }

    private static Token token(String text, int start, int end) {
        StringBuilder plain = new StringBuilder(end - start);
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = start; i < end; i++) {
            char c = fold(text.charAt(i));
            plain.append(c);
            cyrillic |= isCyrillic(c);
            latin |= c >= 'a' && c <= 'z';
        }
        String word = plain.toString();
        boolean mixed = cyrillic && latin;
        return new Token(start, end, word,
                mixed ? translate(word, LATIN_LOOKALIKES, CYRILLIC_LOOKALIKES) : word,
                mixed ? translate(word, CYRILLIC_LOOKALIKES, LATIN_LOOKALIKES) : word,
                mixed);
    }

    private static char fold(char c) {
        char lower = Character.toLowerCase(c);
        return lower == 'ё' ? 'е' : lower;
    }

    static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static String translate(String word, String from, String to) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = from.indexOf(c);
            out.append(at >= 0 ? to.charAt(at) : c);
        }
        return out.toString();
    }
}
