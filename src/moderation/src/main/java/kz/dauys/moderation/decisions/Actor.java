package kz.dauys.moderation.decisions;

import kz.dauys.platform.identity.CurrentUser;

/** Who acts: the Keycloak subject and the name shown in the audit log and to other moderators. */
public record Actor(String subject, String name) {

    public static Actor of(CurrentUser user) {
        return new Actor(user.subject(), user.publicDisplayName());
    }
}
