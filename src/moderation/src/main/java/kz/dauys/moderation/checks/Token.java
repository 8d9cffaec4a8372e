package kz.dauys.moderation.checks;

/**
 * A word of the text with its position and its normalised forms: {@code plain} is lower case with ё
 * read as е; {@code asCyrillic} and {@code asLatin} also read Latin/Cyrillic look-alike letters as the
 * other script (only for a word that mixes scripts, the usual trick to slip past a word list).
 */
public record Token(int start, int end, String plain, String asCyrillic, String asLatin, boolean mixedScript) {

    public boolean matches(String pattern, boolean prefix) {
        return prefix
                ? plain.startsWith(pattern) || asCyrillic.startsWith(pattern) || asLatin.startsWith(pattern)
                : plain.equals(pattern) || asCyrillic.equals(pattern) || asLatin.equals(pattern);
    }
}
