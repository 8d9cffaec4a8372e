package kz.dauys.moderation.checks;

import java.util.ArrayList;
import java.util.List;

/** Words that mix Latin and Cyrillic letters, a common way to disguise words from lists. */
public class MixedScriptCheck implements TextCheck {

    @Override
    public List<Finding> check(CheckedField field) {
        List<Finding> findings = new ArrayList<>();
        for (Token token : TextNormalizer.tokens(field.text())) {
            if (token.mixedScript() && token.plain().chars().anyMatch(Character::isLetter)) {
                findings.add(Finding.at("mixed_script", "mixed_script", Severity.LOW, field.name(), token.start(), token.end(),
                        field.text().substring(token.start(), token.end()),
                        "The word mixes Latin and Cyrillic letters (possibly disguising it)."));
            }
        }
        return findings;
    }
}
