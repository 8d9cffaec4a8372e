package kz.dauys.contract.moderation;

import kz.dauys.contract.ContentKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What every service sends to moderation when a resident publishes something: the content, who wrote
 * it and where it lives. Part of each service's {@code ...submitted.v1} payload.
 *
 * @param kind what is moderated
 * @param itemId the item's id in its origin service (also the event subject)
 * @param originService the service that owns the item and applies decisions ({@code petitions}, ...)
 * @param authorSubject the author's Keycloak subject (moderators never decide on their own content)
 * @param authorDisplayName public display name (first name and surname initial)
 * @param title the title as written
 * @param body the text as written
 * @param fields further texts to check (e.g. {@code "requestedAction"}), by name
 * @param link the portal path of the item
 * @param submittedAt when the author submitted it
 * @param decisionDueOn the legal deadline for the decision, or null where the law sets none
 * @param resubmission true when the author resubmits after a request for changes
 */
public record ModerationRequest(
        ContentKind kind,
        String itemId,
        String originService,
        String authorSubject,
        String authorDisplayName,
        String title,
        String body,
        Map<String, String> fields,
        String link,
        Instant submittedAt,
        LocalDate decisionDueOn,
        boolean resubmission) {
}
