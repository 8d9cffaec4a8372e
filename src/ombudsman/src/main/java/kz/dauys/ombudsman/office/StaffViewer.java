package kz.dauys.ombudsman.office;

/**
 * A staff member reading or changing cases: their office and whether they see every office
 * (staff of the central office and administrators).
 */
public record StaffViewer(String subject, String username, String displayName, String office, boolean central) {

    public boolean canSee(String caseOffice) {
        return central || office.equals(caseOffice);
    }
}
