package kz.dauys.moderation.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the phrases of a {@link PhraseList} in a text: excluded petition subjects, profanity and
 * insults. Where several phrases match at one word the longest wins; matches do not overlap.
 */
public class PhraseCheck implements TextCheck {

    private final String check;
    private final PhraseList list;
    private final String what;

    public PhraseCheck(String check, PhraseList list, String what) {
        this.check = check;
        this.list = list;
        this.what = what;
    }

    public static PhraseCheck excludedSubjects() {
        return new PhraseCheck("excluded_subject", PhraseList.fromClasspath("checks/excluded-subjects.txt"),
                "a matter petitions may not address");
    }

    public static PhraseCheck profanity() {
        return new PhraseCheck("profanity", PhraseList.fromClasspath("checks/profanity.txt"),
                "obscene or insulting language");
    }

    @Override
    public List<Finding> check(CheckedField field) {
        List<Token> tokens = TextNormalizer.tokens(field.text());
        List<Finding> findings = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PhraseList.Phrase best = null;
            int bestLength = 0;
            for (PhraseList.Phrase phrase : list.phrases()) {
                int length = phrase.matchAt(tokens, i);
                if (length > bestLength) {
                    best = phrase;
                    bestLength = length;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int start = tokens.get(i).start();
            int end = tokens.get(i + bestLength - 1).end();
            findings.add(Finding.at(check, best.code(), best.severity(), field.name(), start, end,
                    field.text().substring(start, end),
                    "Matches \"" + best.text() + "\" (" + best.language() + " list for " + best.code() + "): " + what + "."));
            i += bestLength;
        }
        return findings;
    }
}
