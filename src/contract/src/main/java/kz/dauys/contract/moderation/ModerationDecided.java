package kz.dauys.contract.moderation;

import kz.dauys.contract.ContentKind;
import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/**
 * A moderation decision (including one taken on appeal), for the origin service to apply.
 * Subject: the item id.
 *
 * @param caseId the moderation case
 * @param kind the kind of item
 * @param itemId the item's id in its origin service
 * @param originService the service that must apply the decision
 * @param outcome what was decided
 * @param reasonCode the reason code (e.g. {@code excluded.courts}, {@code duplicate}); null on approval
 * @param statementOfReasons the text shown to the author: what was decided, the facts, the ground,
 *     whether automation was involved, how to appeal
 * @param onAppeal true when this decision answers an appeal
 * @param decidedAt when
 */
public record ModerationDecided(
        String caseId,
        ContentKind kind,
        String itemId,
        String originService,
        ModerationOutcome outcome,
        String reasonCode,
        String statementOfReasons,
        boolean onAppeal,
        Instant decidedAt) {

    public static final EventDescriptor<ModerationDecided> EVENT =
            EventDescriptor.of("kz.dauys.moderation.decision.made.v1", Topics.MODERATION, ModerationDecided.class);
}
