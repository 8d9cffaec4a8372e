package kz.dauys.moderation.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as shown to moderators and administrators. */
public record AuditView(long id, Instant at, String actor, String actorName, String action, UUID caseId,
                        UUID itemRef, String detail) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.id, e.at, e.actorSubject, e.actorName, e.action, e.caseId, e.itemRef, e.detail);
    }
}
