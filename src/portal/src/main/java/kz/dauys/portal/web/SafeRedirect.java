package kz.dauys.portal.web;

import java.net.URI;

/** Keeps "back to" targets on this site: only a local absolute path is accepted (no open redirects). */
public final class SafeRedirect {

    private SafeRedirect() {
    }

    public static String local(String target) {
        if (target == null || target.isBlank() || !target.startsWith("/") || target.startsWith("//")
                || target.contains("\\") || target.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? target : "/";
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
