package kz.dauys.moderation.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.UUID;

/** Records every moderation action in the same transaction as the action itself. */
@ApplicationScoped
public class AuditLog {

    /** The actor of actions the service takes by itself (intake, hides after reports). */
    public static final String SYSTEM = "system";

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actorSubject, String actorName, String action, UUID caseId, UUID itemRef, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.at = Instant.now();
        entry.actorSubject = actorSubject;
        entry.actorName = actorName;
        entry.action = action;
        entry.caseId = caseId;
        entry.itemRef = itemRef;
        entry.detail = detail;
        entry.persist();
    }
}
