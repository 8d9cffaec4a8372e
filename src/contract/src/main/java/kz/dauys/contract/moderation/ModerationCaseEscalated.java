package kz.dauys.contract.moderation;

import kz.dauys.contract.ContentKind;
import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;

/**
 * A moderator referred a moderation case to the ombudsman as a possible violation of human rights
 * (the content itself may describe one, or the decision may touch a right). Carries the content and its
 * link, never the author's IIN. Subject: the case id.
 *
 * @param caseId the moderation case (the ombudsman's source id, {@code sourceKind = MODERATION_CASE})
 * @param kind the kind of item
 * @param itemId the item's id in its origin service
 * @param originService the service that owns the item
 * @param title the item's title as written
 * @param body the item's text as written
 * @param language detected language of the content ({@code kk}, {@code ru}, {@code en}) or null
 * @param link the portal path of the item
 * @param authorSubject the author's Keycloak subject (pseudonymous; lets the ombudsman reach the author
 *     through the platform)
 * @param authorDisplayName the public display name (first name and surname initial)
 * @param territoryCode the territory the item concerns, when known (e.g. {@code KZ-75}); may be null
 * @param note the moderator's explanation of the possible violation
 * @param escalatedAt when
 */
public record ModerationCaseEscalated(
        String caseId,
        ContentKind kind,
        String itemId,
        String originService,
        String title,
        String body,
        String language,
        String link,
        String authorSubject,
        String authorDisplayName,
        String territoryCode,
        String note,
        Instant escalatedAt) {

    public static final EventDescriptor<ModerationCaseEscalated> EVENT =
            EventDescriptor.of("kz.dauys.moderation.case.escalated.v1", Topics.MODERATION, ModerationCaseEscalated.class);
}
