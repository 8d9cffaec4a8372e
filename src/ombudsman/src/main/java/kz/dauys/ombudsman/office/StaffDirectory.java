package kz.dauys.ombudsman.office;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.ombudsman.common.Today;
import kz.dauys.platform.identity.CurrentUser;
import kz.dauys.platform.identity.Roles;
import kz.dauys.platform.problem.ProblemException;

/**
 * Resolves the signed-in staff member from the token ({@code office} claim; administrators and staff of
 * the central office see all offices) and remembers them so cases can be assigned to them.
 */
@ApplicationScoped
public class StaffDirectory {

    private final CurrentUser user;
    private final EntityManager entityManager;
    private final Today today;

    StaffDirectory(CurrentUser user, EntityManager entityManager, Today today) {
        this.user = user;
        this.entityManager = entityManager;
        this.today = today;
    }

    /** The current staff viewer; 403 for anyone who is neither ombudsman staff with an office nor an admin. */
    @Transactional
    public StaffViewer currentStaff() {
        boolean admin = user.hasRole(Roles.ADMIN);
        boolean staff = user.hasRole(Roles.OMBUDSMAN_STAFF);
        if (!admin && !staff) {
            throw ProblemException.forbidden("Only ombudsman staff can do this.");
        }
        String office = user.office().orElse(admin ? Office.CENTRAL : null);
        if (office == null || Office.findById(office) == null) {
            throw ProblemException.forbidden("Your account is not attached to an ombudsman office.");
        }
        StaffViewer viewer = new StaffViewer(user.subject(), user.username(), user.publicDisplayName(), office,
                admin || Office.CENTRAL.equals(office));
        remember(viewer);
        return viewer;
    }

    /** Central administrators: staff of the central office or admins. */
    public StaffViewer currentCentralAdministrator() {
        StaffViewer viewer = currentStaff();
        if (!viewer.central()) {
            throw ProblemException.forbidden("Only central administrators can do this.");
        }
        return viewer;
    }

    private void remember(StaffViewer viewer) {
        entityManager.createNativeQuery("""
                        insert into staff_member (username, subject, display_name, office_code, last_seen_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (username) do update set subject = excluded.subject, display_name = excluded.display_name,
                          office_code = excluded.office_code, last_seen_at = excluded.last_seen_at""")
                .setParameter(1, viewer.username()).setParameter(2, viewer.subject())
                .setParameter(3, viewer.displayName()).setParameter(4, viewer.office())
                .setParameter(5, today.now())
                .executeUpdate();
    }
}
