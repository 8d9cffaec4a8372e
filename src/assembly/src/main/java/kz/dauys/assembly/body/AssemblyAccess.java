package kz.dauys.assembly.body;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.kernel.territory.TerritoryCatalog;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Who may do what with a body: its secretary (the assigned official whose territory covers the
 * body's) runs sessions and agendas; residents of its territory propose and co-sponsor items.
 */
@ApplicationScoped
public class AssemblyAccess {

    private final CurrentUser user;
    private final TerritoryCatalog territories;
    private final Clock clock;

    AssemblyAccess(CurrentUser user, TerritoryCatalog territories, Clock clock) {
        this.user = user;
        this.territories = territories;
        this.clock = clock;
    }

    public boolean isSecretaryOf(Body body) {
        return !user.isAnonymous()
                && user.hasRole(Roles.OFFICIAL)
                && body.secretaryUsername != null
                && body.secretaryUsername.equals(user.username())
                && user.territory().map(claim -> covers(claim, body.territoryCode)).orElse(false);
    }

    /** 403 unless the caller is the body's secretary. */
    public void requireSecretaryOf(Body body) {
        if (user.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (!isSecretaryOf(body)) {
            throw ProblemException.forbidden("Only the secretary of " + body.name.in("en")
                    + " (an official of its territory assigned by an administrator) can do this.");
        }
    }

    /**
     * The IIN of an adult resident whose registered region or district lies in the body's territory
     * and who is not the body's secretary; 403 problem otherwise, saying why.
     */
    public Iin requireResidentOf(Body body) {
        if (user.isAnonymous()) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (!user.hasRole(Roles.CITIZEN)) {
            throw ProblemException.forbidden("Only residents (citizen accounts) can propose or co-sponsor agenda items.");
        }
        if (isSecretaryOf(body)) {
            throw ProblemException.forbidden("As the secretary of " + body.name.in("en")
                    + " you put items on its agenda directly and decide on residents' proposals; you cannot propose or co-sponsor them.");
        }
        Iin iin = user.requireAdultResident(LocalDate.now(clock));
        if (!livesIn(body.territoryCode)) {
            throw ProblemException.forbidden("Only residents of " + territoryName(body.territoryCode)
                    + " can propose or co-sponsor items for " + body.name.in("en") + ".");
        }
        return iin;
    }

    private boolean livesIn(String territoryCode) {
        Optional<String> place = user.district().filter(code -> territories.find(code).isPresent())
                .or(() -> user.region().filter(code -> territories.find(code).isPresent()));
        return place.map(code -> territories.contains(territoryCode, code)).orElse(false);
    }

    private boolean covers(String claim, String territoryCode) {
        return territories.find(claim).isPresent() && territories.find(territoryCode).isPresent()
                && territories.contains(claim, territoryCode);
    }

    private String territoryName(String code) {
        return territories.find(code).map(t -> t.nameEn()).orElse(code);
    }
}
