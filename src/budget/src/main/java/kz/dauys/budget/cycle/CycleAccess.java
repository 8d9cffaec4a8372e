package kz.dauys.budget.cycle;

import jakarta.enterprise.context.RequestScoped;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.common.Territories;
import kz.dauys.kernel.iin.Iin;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.IinHasher;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;

import java.util.Optional;

/**
 * Who may do what with a cycle: officials whose {@code territory} claim equals or contains the
 * cycle's territory manage it; adult residents whose district (or region) lies in it take part.
 */
@RequestScoped
public class CycleAccess {

    private final CurrentUser user;
    private final Territories territories;
    private final BudgetClock clock;
    private final IinHasher hasher;

    CycleAccess(CurrentUser user, Territories territories, BudgetClock clock, IinHasher hasher) {
        this.user = user;
        this.territories = territories;
        this.clock = clock;
        this.hasher = hasher;
    }

    public boolean canManage(BudgetCycle cycle) {
        return canManageTerritory(cycle.territoryCode);
    }

    public boolean canManageTerritory(String territoryCode) {
        if (user.isAnonymous() || !user.hasRole(Roles.OFFICIAL)) {
            return false;
        }
        return user.territory().map(own -> territories.contains(own, territoryCode)).orElse(false);
    }

    /** 403 unless the caller is an official of the cycle's territory (or of a territory containing it). */
    public void requireManager(BudgetCycle cycle) {
        requireManagerOf(cycle.territoryCode);
    }

    public void requireManagerOf(String territoryCode) {
        user.subject();
        if (!user.hasRole(Roles.OFFICIAL)) {
            throw ProblemException.forbidden("Only officials of " + territoryCode + " manage its budget cycles.");
        }
        if (!canManageTerritory(territoryCode)) {
            throw ProblemException.forbidden("You act for " + user.territory().orElse("no territory")
                    + "; budget cycles of " + territoryCode + " are managed by its own officials.");
        }
    }

    /** Whether the caller may take part as a resident (no exception; for the portal's hints). */
    public boolean canTakePart(BudgetCycle cycle) {
        if (user.isAnonymous()) {
            return false;
        }
        Optional<Iin> iin = user.iin();
        return iin.isPresent() && iin.get().isAdultOn(clock.today())
                && residence().map(home -> territories.contains(cycle.territoryCode, home)).orElse(false);
    }

    /**
     * The keyed IIN hash of an adult resident of the cycle's territory; 401/403 problem otherwise.
     */
    public String requireResident(BudgetCycle cycle) {
        Iin iin = user.requireAdultResident(clock.today());
        String home = residence().orElseThrow(() -> ProblemException.forbidden(
                "Your account has no registered address (region or district); only residents of "
                        + cycle.territoryCode + " take part in this cycle."));
        if (!territories.contains(cycle.territoryCode, home)) {
            throw ProblemException.forbidden("You are registered in " + home + "; this cycle is for residents of "
                    + cycle.territoryCode + ".");
        }
        return hasher.hash(iin);
    }

    /** The most precise registered territory: the district if known, else the region. */
    private Optional<String> residence() {
        return user.district().or(user::region);
    }

    public String subject() {
        return user.subject();
    }

    public String displayName() {
        return user.publicDisplayName();
    }

    public boolean isAnonymous() {
        return user.isAnonymous();
    }

    public boolean isAdmin() {
        return !user.isAnonymous() && user.hasRole(Roles.ADMIN);
    }
}
