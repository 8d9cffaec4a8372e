package kz.dauys.moderation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The automatic checks that need only the text: excluded subjects, profanity and insults, personal
 * data, words that mix scripts, and the language. Plain Java; {@link CheckEngine} adds the duplicates.
 */
public class TextChecks {

    private final List<TextCheck> checks;

    public TextChecks(List<TextCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static TextChecks standard() {
        return new TextChecks(List.of(PhraseCheck.excludedSubjects(), PhraseCheck.profanity(), new PersonalDataCheck(),
                new MixedScriptCheck()));
    }

    /** Findings over the title, the body and further fields, and the detected language. */
    public CheckReport run(String title, String body, Map<String, String> fields) {
        List<Finding> findings = new ArrayList<>();
        List<CheckedField> texts = CheckedField.of(title, body, fields);
        for (CheckedField field : texts) {
            for (TextCheck check : checks) {
                findings.addAll(check.check(field));
            }
        }
        StringBuilder all = new StringBuilder();
        texts.forEach(field -> all.append(field.text()).append('\n'));
        LanguageDetector.Detection detection = LanguageDetector.detect(all.toString());
        findings.add(new Finding("language", "language." + (detection.language() == null ? "unknown" : detection.language()),
                detection.language() == null ? Severity.LOW : Severity.INFO, null, null, null, null,
                detection.language() == null ? "Too few letters to tell the language. " + detection.explanation()
                        : "Detected language " + detection.language() + ". " + detection.explanation(), null));
        return new CheckReport(detection.language(), findings);
    }
}
