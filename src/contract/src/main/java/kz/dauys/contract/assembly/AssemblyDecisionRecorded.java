package kz.dauys.contract.assembly;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/**
 * A local assembly decided on an agenda item linked to a petition or a budget cycle; the owning
 * service shows the decision on its page. Subject: the related entity's id.
 *
 * @param relatedKind {@code PETITION} or {@code BUDGET_CYCLE}
 * @param relatedId the petition or cycle id
 * @param result {@code ADOPTED}, {@code REJECTED} or {@code POSTPONED}
 */
public record AssemblyDecisionRecorded(String bodyId, String bodyName, String sessionId, String itemId,
                                       String relatedKind, String relatedId, String result, String decisionText,
                                       int votesFor, int votesAgainst, int abstentions, Instant decidedAt, String link) {

    public static final EventDescriptor<AssemblyDecisionRecorded> EVENT =
            EventDescriptor.of("kz.dauys.assembly.decision.recorded.v1", Topics.ASSEMBLY, AssemblyDecisionRecorded.class);
}
