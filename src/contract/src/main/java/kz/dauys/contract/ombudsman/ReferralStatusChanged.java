package kz.dauys.contract.ombudsman;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/**
 * The public status of an ombudsman case created from a platform item changed (no personal data).
 * Subject: the source item's id, so the owning service can show it.
 *
 * @param sourceKind {@code PETITION} or {@code MODERATION_CASE}
 * @param status {@code received}, {@code triage}, {@code accepted}, {@code inquiry}, {@code recommendation},
 *     {@code closed}, {@code inadmissible} or {@code transferred}
 */
public record ReferralStatusChanged(String caseId, String caseNumber, String sourceKind, String sourceId, String status,
                                    String office, Instant changedAt) {

    public static final EventDescriptor<ReferralStatusChanged> EVENT =
            EventDescriptor.of("kz.dauys.ombudsman.referral.status_changed.v1", Topics.OMBUDSMAN, ReferralStatusChanged.class);
}
