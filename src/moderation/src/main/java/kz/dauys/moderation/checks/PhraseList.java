package kz.dauys.moderation.checks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Phrase lists from reference data. Format, one entry a line:
 * <pre>
 * # comment
 * &#64;excluded.courts MEDIUM      starts a group: its code and severity
 * ru: отмен* приговор*           a phrase in a language; a word ending in * matches any ending
 * </pre>
 * Words are matched on word boundaries after normalisation ({@link TextNormalizer}).
 */
public record PhraseList(List<Phrase> phrases) {

    /** One phrase: its words (each exact or a prefix), the group code, severity and language. */
    public record Phrase(String code, Severity severity, String language, String text, List<String> words,
                         List<Boolean> prefixes) {

        /** How many tokens from {@code at} this phrase covers, or 0 if it does not match there. */
        int matchAt(List<Token> tokens, int at) {
            if (at + words.size() > tokens.size()) {
                return 0;
            }
            for (int j = 0; j < words.size(); j++) {
                if (!tokens.get(at + j).matches(words.get(j), prefixes.get(j))) {
                    return 0;
                }
            }
            return words.size();
        }
    }

    public static PhraseList fromClasspath(String resource) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            in = PhraseList.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PhraseList parse(String source, List<String> lines) {
        List<Phrase> phrases = new ArrayList<>();
        String code = null;
        Severity severity = null;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("@")) {
                String[] parts = line.substring(1).split("\\s+");
                if (parts.length != 2) {
                    throw new IllegalStateException(source + ":" + number + ": expected '@<code> <SEVERITY>'");
                }
                code = parts[0];
                severity = Severity.valueOf(parts[1]);
                continue;
            }
            int colon = line.indexOf(':');
            if (code == null || colon < 1) {
                throw new IllegalStateException(source + ":" + number + ": expected '<lang>: <phrase>' inside a group");
            }
            String language = line.substring(0, colon).strip();
            String text = line.substring(colon + 1).strip();
            List<String> words = new ArrayList<>();
            List<Boolean> prefixes = new ArrayList<>();
            for (String word : text.split("\\s+")) {
                boolean prefix = word.endsWith("*");
                String stem = TextNormalizer.plain(prefix ? word.substring(0, word.length() - 1) : word);
                if (stem.isEmpty() || TextNormalizer.tokens(stem).size() != 1) {
                    throw new IllegalStateException(source + ":" + number + ": '" + word + "' is not a single word");
                }
                words.add(stem);
                prefixes.add(prefix);
            }
            phrases.add(new Phrase(code, severity, language, text, List.copyOf(words), List.copyOf(prefixes)));
        }
        return new PhraseList(List.copyOf(phrases));
    }
}
