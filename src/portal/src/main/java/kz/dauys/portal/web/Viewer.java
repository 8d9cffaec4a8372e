package kz.dauys.portal.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;

/** Who looks at the page: signed in or not, their name and roles (from the Keycloak tokens). */
@RequestScoped
public class Viewer {

    public static final String CITIZEN = "citizen";
    public static final String OFFICIAL = "official";
    public static final String MODERATOR = "moderator";
    public static final String OMBUDSMAN_STAFF = "ombudsman_staff";
    public static final String ADMIN = "admin";

    private final SecurityIdentity identity;

    Viewer(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isSignedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public boolean isCitizen() {
        return has(CITIZEN);
    }

    public boolean isOfficial() {
        return has(OFFICIAL);
    }

    public boolean isModerator() {
        return has(MODERATOR);
    }

    public boolean isOmbudsmanStaff() {
        return has(OMBUDSMAN_STAFF);
    }

    public boolean isStaff() {
        return isOfficial() || isModerator() || isOmbudsmanStaff();
    }

    public boolean has(String role) {
        return isSignedIn() && identity.hasRole(role);
    }

    /** The name shown in the header: the given name, else the username. */
    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken token) {
            String given = token.getClaim("given_name");
            String family = token.getClaim("family_name");
            if (given != null && !given.isBlank()) {
                return family == null || family.isBlank() ? given : given + " " + family;
            }
            String username = token.getClaim("preferred_username");
            if (username != null) {
                return username;
            }
        }
        return principal.getName();
    }

    public String claim(String name) {
        if (isSignedIn() && identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return value == null ? null : value.toString();
        }
        return null;
    }
}
