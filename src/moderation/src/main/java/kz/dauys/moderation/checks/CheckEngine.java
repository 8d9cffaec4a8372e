package kz.dauys.moderation.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.contract.ContentKind;

import java.util.Map;
import java.util.UUID;

/** Runs every automatic check over a submission: the text checks and the duplicate search. */
@ApplicationScoped
public class CheckEngine {

    private final TextChecks textChecks = TextChecks.standard();
    private final DuplicateFinder duplicates;

    CheckEngine(DuplicateFinder duplicates) {
        this.duplicates = duplicates;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CheckReport check(ContentKind kind, UUID itemRef, String title, String body, Map<String, String> fields) {
        return textChecks.run(title, body, fields).with(duplicates.find(kind, itemRef, title, body));
    }
}
