package kz.dauys.contract.assembly;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.LocalizedText;
import kz.dauys.contract.Topics;

import java.time.Instant;

/**
 * A local assembly decided on an agenda item linked to a petition or a budget cycle; the owning
 * service shows the decision on its page. Subject: the related entity's id.
 *
 * @param bodyName the body's name in Kazakh (fallback: another language); see {@code bodyNames}
 * @param relatedKind {@code PETITION} or {@code BUDGET_CYCLE}
 * @param relatedId the petition or cycle id
 * @param result {@code ADOPTED}, {@code REJECTED} or {@code POSTPONED}
 * @param decisionText the decision in Kazakh (fallback: another language); see {@code decisionTexts}
 * @param link the portal path of the item in its session
 * @param bodyNames the body's name in kk/ru/en (added compatibly; may be null from older producers)
 * @param decisionTexts the decision in kk/ru/en as written (added compatibly; may be null from older producers)
 */
public record AssemblyDecisionRecorded(String bodyId, String bodyName, String sessionId, String itemId,
                                       String relatedKind, String relatedId, String result, String decisionText,
                                       int votesFor, int votesAgainst, int abstentions, Instant decidedAt, String link,
                                       LocalizedText bodyNames, LocalizedText decisionTexts) {

    public static final EventDescriptor<AssemblyDecisionRecorded> EVENT =
            EventDescriptor.of("kz.dauys.assembly.decision.recorded.v1", Topics.ASSEMBLY, AssemblyDecisionRecorded.class);

    /** The original (single-language) shape, kept for code written against it. */
    public AssemblyDecisionRecorded(String bodyId, String bodyName, String sessionId, String itemId,
                                    String relatedKind, String relatedId, String result, String decisionText,
                                    int votesFor, int votesAgainst, int abstentions, Instant decidedAt, String link) {
        this(bodyId, bodyName, sessionId, itemId, relatedKind, relatedId, result, decisionText, votesFor, votesAgainst,
                abstentions, decidedAt, link, null, null);
    }
}
