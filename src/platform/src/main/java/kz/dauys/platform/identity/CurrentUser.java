package kz.dauys.platform.identity;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.kernel.iin.InvalidIinException;
import kz.dauys.platform.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The signed-in person of the current request, read from the Keycloak access token: subject, roles
 * and the Dauys claims ({@code iin}, {@code region}, {@code district}, {@code territory}, {@code office}).
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentUser(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The stable Keycloak subject; anonymous callers have none. */
    public String subject() {
        requireSignedIn();
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** First name and surname initial, the only name shown publicly. */
    public String publicDisplayName() {
        String given = claim("given_name").orElse(null);
        String family = claim("family_name").orElse(null);
        if (given == null || given.isBlank()) {
            return Optional.ofNullable(username()).orElse("?");
        }
        return family == null || family.isBlank() ? given : given + " " + family.substring(0, 1) + ".";
    }

    public Optional<String> region() {
        return claim("region");
    }

    public Optional<String> district() {
        return claim("district");
    }

    /** The territory an official acts for. */
    public Optional<String> territory() {
        return claim("territory");
    }

    /** The ombudsman office a staff member belongs to ({@code central} or a region code). */
    public Optional<String> office() {
        return claim("office");
    }

    /** The person's IIN if the token carries a valid one. */
    public Optional<Iin> iin() {
        return claim("iin").flatMap(raw -> {
            try {
                return Optional.of(Iin.parse(raw));
            } catch (InvalidIinException e) {
                return Optional.empty();
            }
        });
    }

    /** The IIN of a signed-in adult (18+ on {@code today}); 403 problem otherwise, saying why. */
    public Iin requireAdultResident(LocalDate today) {
        requireSignedIn();
        Iin iin = iin().orElseThrow(() -> ProblemException.forbidden(
                "Your account has no valid IIN; only identified residents can take part."));
        if (!iin.isAdultOn(today)) {
            throw ProblemException.forbidden("Only residents aged 18 or over can take part.");
        }
        return iin;
    }

    private void requireSignedIn() {
        if (identity.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object value = rawClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString()).filter(s -> !s.isBlank());
    }

    /**
     * Text claims straight from the verified token's claim set: {@link JsonWebToken#getClaim(String)}
     * throws and catches an exception (with the whole, deep stack) for every name that is not a
     * standard claim, three times per signing request. Anything but text goes through the token API.
     */
    private Object rawClaim(String name) {
        if (identity.getPrincipal() instanceof OidcJwtCallerPrincipal principal) {
            Object value = principal.getClaims().getClaimValue(name);
            if (value == null || value instanceof String) {
                return value;
            }
        }
        return token.getClaim(name);
    }
}
