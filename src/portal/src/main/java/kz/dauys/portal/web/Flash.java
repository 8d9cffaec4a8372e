package kz.dauys.portal.web;

import java.util.Set;

/**
 * The outcome of a form, carried in the redirect's query ({@code ?done=signed}, {@code ?error=not-resident})
 * so that forms work without JavaScript (POST, redirect, GET). Only known codes are shown.
 */
public record Flash(String kind, String key) {

    public static final Set<String> DONE = Set.of("signed", "unsigned", "submitted", "decided", "claimed", "reviewed",
            "merged", "voted", "proposed", "followed", "unfollowed", "filed", "triaged", "answered", "saved", "assigned",
            "extended", "opened", "recounted", "entered", "accepted", "declined");
    public static final Set<String> ERRORS = Set.of("not-resident", "under-age", "no-iin", "not-signable", "already-signed",
            "not-a-citizen-account", "sign-in-required", "rate-limited", "unavailable", "rejected-input", "conflict",
            "forbidden", "not-found");

    public static Flash of(String done, String error) {
        if (error != null && ERRORS.contains(error)) {
            return new Flash("error", "flash_error_" + error.replace('-', '_'));
        }
        if (done != null && DONE.contains(done)) {
            return new Flash("done", "flash_done_" + done);
        }
        return null;
    }

    /** The flash code for a failed call to a service, from its status and problem slug. */
    public static String errorCode(int status, String problemType) {
        if (problemType != null) {
            for (String known : ERRORS) {
                if (problemType.endsWith("/" + known) || problemType.equals(known)) {
                    return known;
                }
            }
        }
        return switch (status) {
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 429 -> "rate-limited";
            case 503 -> "unavailable";
            default -> status >= 500 ? "unavailable" : "rejected-input";
        };
    }
}
